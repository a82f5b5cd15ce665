package dev.swfrelay.it.contract;

/** The {@link DecisionTaskSourceContract} on the emulator's engine in this JVM. */
class InProcessDecisionTaskSourceIT extends DecisionTaskSourceContract {

    @Override
    protected SwfBackend openBackend() {
        return new InProcessBackend();
    }
}
