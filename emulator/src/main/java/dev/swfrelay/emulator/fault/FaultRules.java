package dev.swfrelay.emulator.fault;

import dev.swfrelay.emulator.engine.TaskAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A seeded set of fault rules, shared by every emulator that injects them (a server's regions
 * and accounts share one). A call is offered to the rules in the order they were added; the
 * first that matches and fires decides it. Each rule draws from its own {@link SplittableRandom},
 * split in order from the set's seed, so the same seed and the same calls give the same faults.
 * Every fault fired is logged in one line, counted on its rule and kept among the recent ones.
 * Thread-safe; while empty, {@link #isEmpty()} lets callers skip it for one volatile read.
 */
public final class FaultRules {

    /** How many fired faults {@link #recent()} keeps. */
    public static final int RECENT = 100;

    private static final Logger LOG = LoggerFactory.getLogger(FaultRules.class);

    private final long seed;
    private final List<Entry> rules = new ArrayList<>();
    private final ArrayDeque<FiredFault> recent = new ArrayDeque<>();
    private SplittableRandom splitter;
    private long firedTotal;
    private volatile boolean empty = true;

    private FaultRules(long seed) {
        this.seed = seed;
        this.splitter = new SplittableRandom(seed);
    }

    /** An empty set whose rules draw from {@code seed}. */
    public static FaultRules seeded(long seed) {
        return new FaultRules(seed);
    }

    public long seed() {
        return seed;
    }

    /** Adds {@code rule} after the others; a name already in the set is refused. */
    public FaultRules add(FaultRule rule) {
        return addAll(List.of(rule));
    }

    /** Adds {@code more} in order, all or none (a name already in the set, or twice in {@code more}, is refused). */
    public synchronized FaultRules addAll(Collection<FaultRule> more) {
        List<String> names = new ArrayList<>(rules.stream().map(e -> e.rule.name()).toList());
        for (FaultRule rule : more) {
            if (names.contains(rule.name())) {
                throw new IllegalArgumentException("a fault rule named '" + rule.name() + "' is already set");
            }
            names.add(rule.name());
        }
        for (FaultRule rule : more) {
            rules.add(new Entry(rule, splitter.split()));
        }
        empty = rules.isEmpty();
        return this;
    }

    /** Removes every rule and forgets what fired; rules added next draw from the seed afresh. */
    public synchronized void clear() {
        rules.clear();
        recent.clear();
        firedTotal = 0;
        splitter = new SplittableRandom(seed);
        empty = true;
    }

    public boolean isEmpty() {
        return empty;
    }

    /** Every rule in order, with how many calls it matched and how often it fired. */
    public synchronized List<RuleStatus> rules() {
        return rules.stream().map(e -> new RuleStatus(e.rule, e.matched, e.fired)).toList();
    }

    /** The last {@value #RECENT} faults fired, oldest first. */
    public synchronized List<FiredFault> recent() {
        return List.copyOf(recent);
    }

    /** How many faults fired since the set was made or cleared. */
    public synchronized long firedTotal() {
        return firedTotal;
    }

    /**
     * The fault {@code call} meets, if a rule fires on it; counted, logged and kept. {@code tokens}
     * reads a task token, once per call and only when a rule needs what it names.
     */
    synchronized Optional<FiredFault> fire(CallTarget call, Function<String, Optional<TaskAddress>> tokens) {
        Supplier<Optional<TaskAddress>> address = new Supplier<>() {
            private Optional<TaskAddress> read;

            @Override
            public Optional<TaskAddress> get() {
                if (read == null) {
                    read = call.taskToken() == null ? Optional.empty() : tokens.apply(call.taskToken());
                }
                return read;
            }
        };
        for (Entry entry : rules) {
            if (!entry.rule.match().matches(call, address)) {
                continue;
            }
            entry.matched++;
            if (entry.rule.firing().fires(entry.matched, entry.fired, entry.random)) {
                entry.fired++;
                return Optional.of(record(entry.rule, call, address));
            }
        }
        return Optional.empty();
    }

    private FiredFault record(FaultRule rule, CallTarget call, Supplier<Optional<TaskAddress>> address) {
        String domain = call.domain() != null ? call.domain() : address.get().map(TaskAddress::domain).orElse(null);
        String workflowId = call.workflowId() != null ? call.workflowId()
                : address.get().map(TaskAddress::workflowId).orElse(null);
        FiredFault fired = new FiredFault(++firedTotal, rule.name(), call.operation(), rule.action(), domain, workflowId);
        recent.addLast(fired);
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
        LOG.info(fired.describe());
        return fired;
    }

    /** A rule with its random and its counts. */
    private static final class Entry {
        private final FaultRule rule;
        private final SplittableRandom random;
        private long matched;
        private long fired;

        Entry(FaultRule rule, SplittableRandom random) {
            this.rule = rule;
            this.random = random;
        }
    }
}
