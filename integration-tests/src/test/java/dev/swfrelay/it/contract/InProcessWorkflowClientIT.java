package dev.swfrelay.it.contract;

/** The {@link WorkflowClientContract} on the emulator's engine in this JVM. */
class InProcessWorkflowClientIT extends WorkflowClientContract {

    @Override
    protected SwfBackend openBackend() {
        return new InProcessBackend();
    }
}
