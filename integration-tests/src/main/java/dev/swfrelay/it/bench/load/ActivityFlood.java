package dev.swfrelay.it.bench.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * Runs a {@link FloodPlan} against an SWF endpoint (a fresh emulator server): registers,
 * starts the executions, runs the pollers and deciders, each on its own SDK client and
 * connection, until every execution is closed or the plan's time is up, and reports what
 * it saw. Used by {@code ActivityFloodOverHttpIT} and by {@code scripts/bench.sh load}.
 * The server should hold polls briefly (a second, say): the last pollers end when their
 * polls come back empty.
 */
public final class ActivityFlood {

    private static final int FAILURES_KEPT = 20;

    private final URI endpoint;
    private final FloodPlan plan;
    private final WireStatuses statuses = new WireStatuses();
    private final Deliveries deliveries = new Deliveries();
    private final CountDownLatch closed;
    private final Set<String> closedRuns = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger failureCount = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    private ActivityFlood(URI endpoint, FloodPlan plan) {
        this.endpoint = endpoint;
        this.plan = plan;
        this.closed = new CountDownLatch(plan.executions());
    }

    public static FloodResult run(URI endpoint, FloodPlan plan) throws InterruptedException {
        return new ActivityFlood(endpoint, plan).run();
    }

    private FloodResult run() throws InterruptedException {
        OneConnectionClients clients = new OneConnectionClients(endpoint, statuses);
        List<SwfClient> opened = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(plan.pollers() + plan.deciders());
        try (SwfClient admin = clients.client()) {
            FloodFlow.register(admin);
            startThreads(clients, opened, threads);
            long began = System.nanoTime();
            for (int i = 0; i < plan.executions(); i++) {
                String id = "flood-" + i;
                admin.startWorkflowExecution(r -> r.domain(FloodFlow.DOMAIN).workflowId(id).workflowType(FloodFlow.WORKFLOW));
            }
            closed.await(plan.within().toMillis(), TimeUnit.MILLISECONDS);
            long wall = (System.nanoTime() - began) / 1_000_000;
            stop.set(true);
            threads.shutdown();
            threads.awaitTermination(plan.within().toMillis(), TimeUnit.MILLISECONDS);
            return result(wall);
        } finally {
            stop.set(true);
            threads.shutdownNow();
            opened.forEach(SwfClient::close);
        }
    }

    private void startThreads(OneConnectionClients clients, List<SwfClient> opened, ExecutorService threads) {
        Consumer<Exception> failed = this::failed;
        BooleanSupplier tasksDone = () -> stop.get() || deliveries.completedCount() >= plan.tasks();
        BooleanSupplier executionsDone = () -> stop.get() || closed.getCount() == 0;
        for (int i = 0; i < plan.pollers(); i++) {
            SwfClient client = clients.client();
            opened.add(client);
            threads.execute(new FloodPoller(client, "poller-" + i, deliveries, tasksDone, failed));
        }
        for (int i = 0; i < plan.deciders(); i++) {
            SwfClient client = clients.client();
            opened.add(client);
            threads.execute(new FloodDecider(client, plan.activitiesPerExecution(), closed, closedRuns, executionsDone,
                    failed));
        }
    }

    private void failed(Exception e) {
        if (failureCount.incrementAndGet() <= FAILURES_KEPT) {
            failures.add(e.toString());
        }
    }

    private FloodResult result(long wallMillis) {
        List<String> clientFailures = new ArrayList<>(failures);
        for (int i = FAILURES_KEPT; i < failureCount.get(); i++) {
            clientFailures.add("(more failures)");
        }
        return new FloodResult(plan, wallMillis, deliveries.completedCount(), deliveries.distinctTokens(),
                deliveries.duplicateTokens(), deliveries.distinctActivities(), deliveries.redelivered(),
                plan.executions() - (int) closed.getCount(),
                statuses.answers(), statuses.errors(), clientFailures, deliveries.pollMillis(0.5),
                deliveries.pollMillis(0.99));
    }
}
