package dev.swfrelay.it.contract;

/** The {@link DecisionTaskSourceContract} on real SWF; skipped unless {@code -Dswf.it.live=true} and AWS credentials are present. */
class LiveDecisionTaskSourceIT extends DecisionTaskSourceContract {

    @Override
    protected SwfBackend openBackend() {
        return LiveBackend.openOrSkip();
    }
}
