package dev.swfrelay.emulator.metrics;

import dev.swfrelay.emulator.engine.registry.Domain;
import dev.swfrelay.emulator.engine.RehearsalObserver;
import dev.swfrelay.emulator.engine.TaskListView;
import dev.swfrelay.emulator.engine.Tenant;
import dev.swfrelay.emulator.engine.change.HistoryObserver;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A server's metrics in Prometheus' text format, as SWF's CloudWatch metrics (issue 23, ADR 0012),
 * made with the Prometheus Java client: each tenant's engine tells its {@link #historyObserver}
 * the events its runs append, the throttling and fault rules call the two {@link RehearsalObserver}
 * methods, and the pending tasks are read from the engines' task lists only when scraped. The
 * console reads the same numbers through {@link #backlog}.
 */
public final class SwfMetrics implements RehearsalObserver {

    /** The text format's content type, for the {@code GET /_relay/metrics} answer. */
    public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final MetricFamilies families = new MetricFamilies(registry);
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private final Supplier<Map<Tenant, Map<String, List<TaskListView>>>> taskLists;

    /** {@code taskLists} gives, when asked, every tenant's task lists by domain (the pending tasks gauge). */
    public SwfMetrics(Supplier<Map<Tenant, Map<String, List<TaskListView>>>> taskLists) {
        this.taskLists = Objects.requireNonNull(taskLists, "taskLists");
        GaugeWithCallback.builder().name("swf_pending_tasks")
                .help("Tasks waiting on a task list now (CloudWatch: PendingTasks by Domain and TaskListName; "
                        + "task_list_classification D for decision tasks, A for activity tasks)")
                .labelNames(MetricFamilies.TASK_LIST)
                .callback(gauge -> backlog().forEach(b -> gauge.call(b.pending(), b.tenant().accountId(),
                        b.tenant().region(), b.domain(), b.taskList(), b.classification())))
                .register(registry);
    }

    /** What {@code tenant}'s engine tells the events its runs append. */
    public HistoryObserver historyObserver(Tenant tenant) {
        return new HistoryMetrics(families, Objects.requireNonNull(tenant, "tenant"));
    }

    @Override
    public void metered(Tenant tenant, String api, double capacityConsumed, boolean throttled) {
        if (throttled) {
            families.throttledEvents.labelValues(tenant.accountId(), tenant.region(), api).inc();
        }
        if (capacityConsumed > 0) {
            families.consumedCapacity.labelValues(tenant.accountId(), tenant.region(), api).inc(capacityConsumed);
        }
    }

    @Override
    public void faultFired(Tenant tenant, String ruleId, String action) {
        families.injectedFaults.labelValues(tenant.accountId(), tenant.region(), ruleId, action).inc();
    }

    /** Every task list of every tenant with its pending tasks now: the gauge's numbers, and the console's. */
    public List<Backlog> backlog() {
        return taskLists.get().entrySet().stream()
                .flatMap(tenant -> tenant.getValue().entrySet().stream()
                        .flatMap(domain -> domain.getValue().stream()
                                .map(view -> new Backlog(tenant.getKey(), domain.getKey(), view.name(),
                                        view.kind().equals("decision") ? "D" : "A", view.pending()))))
                .toList();
    }

    /** Every metric now, in Prometheus' text format (version 0.0.4). */
    public byte[] scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            writer.write(out, registry.scrape(), EscapingScheme.UNDERSCORE_ESCAPING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
