package dev.swfrelay.it.contract;

/** The {@link RegistrarContract} on real SWF; skipped unless {@code -Dswf.it.live=true} and AWS credentials are present. */
class LiveRegistrarIT extends RegistrarContract {

    @Override
    protected SwfBackend openBackend() {
        return LiveBackend.openOrSkip();
    }
}
