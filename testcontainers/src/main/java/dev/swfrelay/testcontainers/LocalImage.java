package dev.swfrelay.testcontainers;

import com.github.dockerjava.api.exception.NotFoundException;
import org.testcontainers.DockerClientFactory;

/** The container's image must already be on the engine: SwfRelayContainer never pulls. */
final class LocalImage {

    private LocalImage() {
    }

    static void require(String image) {
        try {
            DockerClientFactory.lazyClient().inspectImageCmd(image).exec();
        } catch (NotFoundException e) {
            throw new IllegalStateException("Docker image " + image + " is not on this Docker engine, and "
                    + "SwfRelayContainer never pulls. Build it in swf-relay's checkout: "
                    + "mvn -B package -DskipTests && docker build -t " + image + " . "
                    + "(or scripts/docker-images.sh where no registry is reachable)", e);
        }
    }
}
