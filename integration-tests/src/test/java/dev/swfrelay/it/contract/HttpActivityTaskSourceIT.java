package dev.swfrelay.it.contract;

/** The {@link ActivityTaskSourceContract} through the AWS adapter over HTTP against the emulator's server. */
class HttpActivityTaskSourceIT extends ActivityTaskSourceContract {

    @Override
    protected SwfBackend openBackend() {
        return new HttpBackend();
    }
}
