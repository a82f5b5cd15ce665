package dev.swfrelay.it.contract;

/** The {@link WorkflowClientContract} on real SWF; skipped unless {@code -Dswf.it.live=true} and AWS credentials are present. */
class LiveWorkflowClientIT extends WorkflowClientContract {

    @Override
    protected SwfBackend openBackend() {
        return LiveBackend.openOrSkip();
    }
}
