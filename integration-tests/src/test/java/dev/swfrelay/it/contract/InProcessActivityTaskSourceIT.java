package dev.swfrelay.it.contract;

/** The {@link ActivityTaskSourceContract} on the emulator's engine in this JVM. */
class InProcessActivityTaskSourceIT extends ActivityTaskSourceContract {

    @Override
    protected SwfBackend openBackend() {
        return new InProcessBackend();
    }
}
