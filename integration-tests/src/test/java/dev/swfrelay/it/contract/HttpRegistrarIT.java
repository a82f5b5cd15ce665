package dev.swfrelay.it.contract;

/** The {@link RegistrarContract} through the AWS adapter over HTTP against the emulator's server. */
class HttpRegistrarIT extends RegistrarContract {

    @Override
    protected SwfBackend openBackend() {
        return new HttpBackend();
    }
}
