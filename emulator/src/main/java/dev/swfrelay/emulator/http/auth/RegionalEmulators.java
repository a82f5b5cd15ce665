package dev.swfrelay.emulator.http.auth;

import dev.swfrelay.emulator.engine.RehearsalObserver;
import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.SwfFault;
import dev.swfrelay.emulator.SwfEmulator;
import dev.swfrelay.emulator.fault.AnswerDelay;
import dev.swfrelay.emulator.fault.FaultRules;
import dev.swfrelay.emulator.engine.EngineSettings;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.engine.change.ChangeLog;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import dev.swfrelay.emulator.engine.TaskListView;
import dev.swfrelay.emulator.engine.change.HistoryObserver;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SWF's state is an account's, in one region: one emulator per {@link Tenant}, created on the
 * first request for it, all on the server's one clock. An open server has one account.
 */
public final class RegionalEmulators implements AutoCloseable {

    private final VirtualClock clock;
    private final EngineSettings settings;
    private final Function<Tenant, ChangeLog> changeLogs;
    private volatile FaultRules faults;
    private final Function<Tenant, HistoryObserver> observers;
    private volatile RehearsalObserver rehearsal = RehearsalObserver.NONE;
    private final Map<Tenant, SwfEmulator> byTenant = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private volatile boolean inUse;

    /** Every region's engine gets {@code settings} (already checked) with its own region. */
    public RegionalEmulators(VirtualClock clock, EngineSettings settings) {
        this(clock, settings, tenant -> ChangeLog.NONE);
    }

    /** As above, each tenant's engine telling its changes to the change log {@code changeLogs} gives for it. */
    public RegionalEmulators(VirtualClock clock, EngineSettings settings, Function<Tenant, ChangeLog> changeLogs) {
        this(clock, settings, changeLogs, tenant -> HistoryObserver.NONE);
    }

    /** As above, each tenant's engine also telling the events its runs append to the observer {@code observers} gives for it. */
    public RegionalEmulators(VirtualClock clock, EngineSettings settings, Function<Tenant, ChangeLog> changeLogs,
                             Function<Tenant, HistoryObserver> observers) {
        this.clock = clock;
        this.settings = settings;
        this.changeLogs = changeLogs;
        this.observers = observers;
    }

    /** Every emulator made from now on tells {@code rehearsal} what throttling and fault rules do to its calls. */
    public RegionalEmulators withRehearsal(RehearsalObserver rehearsal) {
        this.rehearsal = rehearsal;
        return this;
    }

    /** Every emulator made from now on passes its calls through {@code rules}, latency answered later (a server's). */
    public RegionalEmulators withFaults(FaultRules rules) {
        this.faults = rules;
        return this;
    }

    /** The emulator of the server's own account (an open server's only one) in {@code region}. */
    public SwfEmulator region(String region) {
        return of(new Tenant(settings.accountId(), region));
    }

    public SwfEmulator of(Tenant tenant) {
        if (closed) {
            throw shuttingDown();
        }
        // every request asks: a plain read first, no capturing lambda and no fenced write once the tenant is served
        SwfEmulator emulator = byTenant.get(tenant);
        if (emulator == null) {
            emulator = byTenant.computeIfAbsent(tenant, t -> withFaults(SwfEmulator.builder()
                    .clock(clock).settings(settings.inAccount(t.accountId()).inRegion(t.region()))
                    .changeLog(changeLogs.apply(t)).historyObserver(observers.apply(t)).rehearsalObserver(rehearsal)).build());
        }
        if (!inUse) {
            inUse = true;
        }
        return emulator;
    }

    private SwfEmulator.Builder withFaults(SwfEmulator.Builder builder) {
        return faults == null ? builder : builder.faults(faults, AnswerDelay.DEFER);
    }

    private static SwfFault shuttingDown() {
        return Faults.throttled("the emulator is shutting down; retry against a running one");
    }

    /** Every tenant's task lists now, by domain name (the tenants served since start). */
    public Map<Tenant, Map<String, List<TaskListView>>> taskLists() {
        Map<Tenant, Map<String, List<TaskListView>>> all = new TreeMap<>(
                Comparator.comparing(Tenant::accountId).thenComparing(Tenant::region));
        byTenant.forEach((tenant, emulator) -> all.put(tenant, emulator.taskLists()));
        return all;
    }

    /** Forgets every account's state in every region; parked polls are answered empty. */
    public void reset() {
        byTenant.values().forEach(SwfEmulator::reset);
        inUse = false;
    }

    /** Forgets, in every account and region, the closed runs past retention on the clock now; returns how many. */
    public int forgetExpired() {
        return byTenant.values().stream().mapToInt(SwfEmulator::forgetExpired).sum();
    }

    /** Whether any SWF request was served since start or the last reset. */
    public boolean inUse() {
        return inUse;
    }

    /** Closes every region's emulator, answering parked polls empty. */
    @Override
    public void close() {
        closed = true;
        byTenant.values().forEach(SwfEmulator::close);
    }
}
