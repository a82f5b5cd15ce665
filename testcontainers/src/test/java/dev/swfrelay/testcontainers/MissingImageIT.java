package dev.swfrelay.testcontainers;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An image that is not on the engine is a clear failure, never a pull. */
@ExtendWith(DockerEngineAvailable.class)
class MissingImageIT {

    @Test
    void startingWithAnImageTheEngineLacksSaysHowToBuildIt() {
        String image = "swf-relay:absent-" + System.nanoTime();
        try (SwfRelayContainer container = new SwfRelayContainer(image)) {
            assertThatIllegalStateException().isThrownBy(container::start)
                    .withMessageContaining("Docker image " + image + " is not on this Docker engine")
                    .withMessageContaining("never pulls")
                    .withMessageContaining("docker build -t " + image + " .");
        }
    }
}
