package dev.swfrelay.it.cli;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The deciders and workers of a chaos run, each a {@code swf-relay} process: a seeded
 * random decider or worker is SIGKILLed (no shutdown hook, no goodbye to the server; a script it was
 * running is orphaned and runs on) and a process of the same role is started in its place.
 */
final class ChaosFleet implements AutoCloseable {

    /**
     * A kind of process and how to start one; {@code ready} is what it prints when it polls;
     * a worker ({@code runsScripts}) is only killed while one of its scripts runs.
     */
    record Role(String name, Function<Path, CliProcess> start, String ready, boolean runsScripts) {
    }

    private record Member(Role role, CliProcess process) {
        boolean polls() {
            return process.stdout().contains(role.ready()) || process.stderr().contains(role.ready());
        }
    }

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration SCRIPT_WAIT = Duration.ofSeconds(3);

    private final Path dir;
    private final Random random;
    private final List<Member> live = new ArrayList<>();
    private final List<CliProcess> all = new ArrayList<>();
    private final List<String> kills = new ArrayList<>();

    ChaosFleet(Path dir, long seed) {
        this.dir = dir;
        this.random = new Random(seed);
    }

    /** Starts {@code count} processes of {@code role} and waits until they poll. */
    void start(Role role, int count) {
        List<Member> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            started.add(launch(role));
        }
        started.forEach(m -> m.process().awaitOutput(m.role().ready(), STARTUP));
    }

    /**
     * Whether a worker ({@code worker}) or a decider may be killed: one whose role has another
     * member polling already, so the run goes on while its replacement starts.
     */
    boolean canKill(boolean worker) {
        return !candidates(worker, false).isEmpty();
    }

    /**
     * SIGKILLs a random decider, or a random worker while it runs a script (so the task it holds
     * is left to time out; waited for, up to {@code SCRIPT_WAIT}, and a decider instead when no
     * worker ran one meanwhile), of {@link #canKill}'s candidates, and starts one of its role
     * in its place, not waited for. False, killing none, when there is no candidate.
     */
    boolean killOneAndReplace(boolean worker) throws InterruptedException {
        List<Member> candidates;
        try {
            candidates = await().atMost(SCRIPT_WAIT).pollInterval(Duration.ofMillis(20))
                    .until(() -> candidates(worker, worker), found -> !found.isEmpty());
        } catch (ConditionTimeoutException idle) {
            candidates = candidates(false, false);
            kills.add("(no worker ran a script within " + SCRIPT_WAIT + ")");
        }
        if (candidates.isEmpty()) {
            return false;
        }
        Member victim = candidates.get(random.nextInt(candidates.size()));
        live.remove(victim);
        victim.process().kill();
        kills.add(victim.role().name() + " pid " + victim.process().pid());
        launch(victim.role());
        return true;
    }

    private List<Member> candidates(boolean worker, boolean atWork) {
        return live.stream().filter(m -> m.role().runsScripts() == worker)
                .filter(m -> !atWork || m.process().hasChild())
                .filter(m -> live.stream().anyMatch(other -> other != m && other.role() == m.role() && other.polls()))
                .toList();
    }

    /** The processes killed, e.g. {@code "decider pid 4242"}, with a note where a worker kill fell back to a decider. */
    List<String> kills() {
        return List.copyOf(kills);
    }

    private Member launch(Role role) {
        CliProcess process = role.start().apply(dir);
        all.add(process);
        Member member = new Member(role, process);
        live.add(member);
        return member;
    }

    @Override
    public void close() {
        all.forEach(CliProcess::close);
    }
}
