package dev.swfrelay.testcontainers;

/** The image the tests run: {@code -Dswf-relay.image}, by default the one scripts/docker-images.sh tags. */
final class TestImage {

    private TestImage() {
    }

    static SwfRelayContainer container() {
        return new SwfRelayContainer(System.getProperty("swf-relay.image", SwfRelayContainer.DEFAULT_IMAGE));
    }
}
