package dev.swfrelay.emulator.fault;

/** A rule as the admin API lists it: the rule, how many calls it matched and how many times it fired. */
public record RuleStatus(FaultRule rule, long matched, long fired) {
}
