package dev.swfrelay.it.contract;

/** The {@link ActivityTaskSourceContract} on real SWF; skipped unless {@code -Dswf.it.live=true} and AWS credentials are present. */
class LiveActivityTaskSourceIT extends ActivityTaskSourceContract {

    @Override
    protected SwfBackend openBackend() {
        return LiveBackend.openOrSkip();
    }
}
