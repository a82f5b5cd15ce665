package dev.swfrelay.emulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.emulator.engine.TaskAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Which calls a rule matches, when it fires, and that the same seed fires the same faults. */
class FaultRulesTest {

    private static final Function<String, Optional<TaskAddress>> NO_TOKENS = token -> Optional.empty();

    private static CallTarget poll(String domain, String taskList) {
        return new CallTarget("PollForActivityTask", domain, taskList, null, null, null);
    }

    private static FaultRule drop(String name, RuleMatch match, Firing firing) {
        return FaultRule.named(name).matching(match).firing(firing).doing(new FaultAction.Drop());
    }

    @Test
    void ruleMatchesByOperationDomainAndTaskList() {
        FaultRules rules = FaultRules.seeded(1).add(drop("polls-on-a", RuleMatch.ANY.withOperation("PollForActivityTask")
                .withDomain("d").withTaskList("a_tasks"), Firing.ALWAYS));

        assertThat(rules.fire(poll("d", "b_tasks"), NO_TOKENS)).isEmpty();
        assertThat(rules.fire(poll("other", "a_tasks"), NO_TOKENS)).isEmpty();
        assertThat(rules.fire(new CallTarget("PollForDecisionTask", "d", "a_tasks", null, null, null), NO_TOKENS)).isEmpty();
        assertThat(rules.fire(poll("d", "a_tasks"), NO_TOKENS)).map(FiredFault::rule).contains("polls-on-a");
        assertThat(rules.rules()).singleElement().satisfies(s -> {
            assertThat(s.matched()).isEqualTo(1);
            assertThat(s.fired()).isEqualTo(1);
        });
    }

    @Test
    void aCallCarryingOnlyATaskTokenIsMatchedByWhatTheTokenNames() {
        FaultRules rules = FaultRules.seeded(1).add(drop("completions-of-a",
                RuleMatch.ANY.withWorkflowId("job-1").withActivityType("A"), Firing.ALWAYS));
        Function<String, Optional<TaskAddress>> tokens = token -> Optional.of(token.equals("token-of-a")
                ? new TaskAddress("d", "job-1", "a_tasks", "A") : new TaskAddress("d", "job-1", "b_tasks", "B"));

        CallTarget completeB = new CallTarget("RespondActivityTaskCompleted", null, null, null, null, "token-of-b");
        CallTarget completeA = new CallTarget("RespondActivityTaskCompleted", null, null, null, null, "token-of-a");

        assertThat(rules.fire(completeB, tokens)).isEmpty();
        Optional<FiredFault> fired = rules.fire(completeA, tokens);
        assertThat(fired).isPresent();
        assertThat(fired.get().domain()).isEqualTo("d");
        assertThat(fired.get().workflowId()).isEqualTo("job-1");
    }

    @Test
    void nthFiresOnTheNthMatchOnly() {
        FaultRules rules = FaultRules.seeded(1).add(drop("third", RuleMatch.ANY, Firing.onNth(3)));

        List<Boolean> fired = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            fired.add(rules.fire(poll("d", "a"), NO_TOKENS).isPresent());
        }

        assertThat(fired).containsExactly(false, false, true, false, false, false);
    }

    @Test
    void sameSeedFiresTheSameFaultsAndAnotherSeedOthers() {
        List<Boolean> first = firings(42);
        List<Boolean> again = firings(42);
        List<Boolean> other = firings(43);

        assertThat(first).isEqualTo(again);
        assertThat(first).isNotEqualTo(other);
        assertThat(first.stream().filter(b -> b).count()).as("about a third of 200 calls").isBetween(40L, 95L);
    }

    private static List<Boolean> firings(long seed) {
        FaultRules rules = FaultRules.seeded(seed)
                .add(drop("first", RuleMatch.ANY.withTaskList("never"), Firing.withProbability(0.5)))
                .add(drop("a-third", RuleMatch.ANY, Firing.withProbability(1.0 / 3)));
        List<Boolean> fired = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            fired.add(rules.fire(poll("d", "a"), NO_TOKENS).isPresent());
        }
        return fired;
    }

    @Test
    void timesCapsHowOftenARuleFires() {
        FaultRules rules = FaultRules.seeded(1).add(drop("twice", RuleMatch.ANY, Firing.ALWAYS.times(2)));

        long fired = java.util.stream.IntStream.range(0, 5).filter(i -> rules.fire(poll("d", "a"), NO_TOKENS).isPresent()).count();

        assertThat(fired).isEqualTo(2);
        assertThat(rules.firedTotal()).isEqualTo(2);
        assertThat(rules.recent()).extracting(FiredFault::sequence).containsExactly(1L, 2L);
    }

    @Test
    void clearForgetsRulesAndWhatFired() {
        FaultRules rules = FaultRules.seeded(1).add(drop("any", RuleMatch.ANY, Firing.ALWAYS));
        rules.fire(poll("d", "a"), NO_TOKENS);

        rules.clear();

        assertThat(rules.isEmpty()).isTrue();
        assertThat(rules.rules()).isEmpty();
        assertThat(rules.recent()).isEmpty();
        assertThat(rules.fire(poll("d", "a"), NO_TOKENS)).isEmpty();
    }

    @Test
    void aSecondRuleOfTheSameNameIsRefused() {
        FaultRules rules = FaultRules.seeded(1).add(drop("any", RuleMatch.ANY, Firing.ALWAYS));

        assertThatThrownBy(() -> rules.add(drop("any", RuleMatch.ANY, Firing.ALWAYS)))
                .hasMessageContaining("'any' is already set");
    }

    @Test
    void readerReadsEveryAction() {
        FaultRuleReader.RuleSet set = FaultRuleReader.ruleSet(Map.of("seed", 7, "rules", List.of(
                Map.of("operation", "DescribeDomain", "action", "fault", "fault", "UnknownResourceFault"),
                Map.of("name", "slow", "action", "latency", "latency", "PT0.5S", "probability", 0.5),
                Map.of("action", "error", "status", 503, "nth", 2),
                Map.of("action", "loseAnswer", "activityType", "A", "times", 1),
                Map.of("action", "drop", "workflowId", "w", "taskList", "t", "domain", "d"))), 1);

        assertThat(set.seed()).isEqualTo(7);
        assertThat(set.rules()).extracting(FaultRule::action).containsExactly(
                new FaultAction.Answer(FaultType.UnknownResourceFault), new FaultAction.Latency(Duration.ofMillis(500)),
                new FaultAction.ServerError(503), new FaultAction.LoseAnswer(), new FaultAction.Drop());
        assertThat(set.rules()).extracting(FaultRule::name).containsExactly("rule-1", "slow", "rule-3", "rule-4", "rule-5");
        assertThat(set.rules().get(2).firing()).isEqualTo(Firing.onNth(2));
    }

    @Test
    void readerNamesTheRuleAndTheFieldOfAMistake() {
        assertThatThrownBy(() -> FaultRuleReader.ruleSet(Map.of("rules", List.of(
                Map.of("action", "drop"), Map.of("name", "shaky", "action", "drop", "probability", 1.5))), 1))
                .hasMessage("rule 2 (shaky), field 'probability': probability must be more than 0 and at most 1, was 1.5");
        assertThatThrownBy(() -> FaultRuleReader.ruleSet(List.of(Map.of("action", "fault", "fault", "NoSuchFault")), 1))
                .hasMessageStartingWith("rule 1 (rule-1), field 'fault': 'NoSuchFault' is not one of SWF's faults");
        assertThatThrownBy(() -> FaultRuleReader.ruleSet(List.of(Map.of("action", "drop", "operation", "Nope")), 1))
                .hasMessageStartingWith("rule 1 (rule-1): operation 'Nope' is not one of SWF's");
        assertThatThrownBy(() -> FaultRuleReader.ruleSet(List.of(Map.of("action", "drop", "domian", "d")), 1))
                .hasMessageStartingWith("rule 1 (rule-1), field 'domian': unknown");
        assertThatThrownBy(() -> FaultRuleReader.ruleSet(List.of(Map.of("operation", "ListDomains")), 1))
                .hasMessage("rule 1 (rule-1), field 'action': missing");
        assertThatThrownBy(() -> FaultRuleReader.ruleSet(List.of(Map.of("action", "error", "status", 404)), 1))
                .hasMessage("rule 1 (rule-1), field 'status': status must be 500, 502, 503 or 504, was 404");
    }
}
