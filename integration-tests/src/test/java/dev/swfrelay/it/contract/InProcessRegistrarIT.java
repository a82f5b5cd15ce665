package dev.swfrelay.it.contract;

/** The {@link RegistrarContract} on the emulator's engine in this JVM. */
class InProcessRegistrarIT extends RegistrarContract {

    @Override
    protected SwfBackend openBackend() {
        return new InProcessBackend();
    }
}
