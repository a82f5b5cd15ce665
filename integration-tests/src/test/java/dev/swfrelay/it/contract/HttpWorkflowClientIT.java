package dev.swfrelay.it.contract;

/** The {@link WorkflowClientContract} through the AWS adapter over HTTP against the emulator's server. */
class HttpWorkflowClientIT extends WorkflowClientContract {

    @Override
    protected SwfBackend openBackend() {
        return new HttpBackend();
    }
}
