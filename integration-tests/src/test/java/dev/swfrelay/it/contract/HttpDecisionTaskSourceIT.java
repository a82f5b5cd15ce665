package dev.swfrelay.it.contract;

/** The {@link DecisionTaskSourceContract} through the AWS adapter over HTTP against the emulator's server. */
class HttpDecisionTaskSourceIT extends DecisionTaskSourceContract {

    @Override
    protected SwfBackend openBackend() {
        return new HttpBackend();
    }
}
