package dev.swfrelay.emulator.http.routes;

import dev.swfrelay.emulator.http.protocol.WireResponses;
import dev.swfrelay.emulator.engine.Tenant;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.emulator.console.ConsoleAssets;
import dev.swfrelay.emulator.engine.TaskListView;
import dev.swfrelay.emulator.metrics.SwfMetrics;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The web console's routes: a browser's {@code GET /} is redirected to {@code /_relay/console/}, whose
 * static files come from {@link ConsoleAssets}; {@code GET /_relay/tasklists?domain=D} is the
 * emulator-only view of task lists and their pollers. Everything else the pages do goes through
 * SWF's JSON protocol and the clock route, like any client.
 */
public final class ConsoleRoutes {

    static final String TASK_LISTS = "/_relay/tasklists";
    static final String BACKLOG = "/_relay/backlog";
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none';"
            + " base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

    private final ConsoleAssets assets = ConsoleAssets.shipped();
    private final ObjectMapper mapper;
    private final WireResponses responses;
    private final Optional<BiFunction<Tenant, String, List<TaskListView>>> taskLists;
    private final Optional<SwfMetrics> metrics;

    /** {@code taskLists} gives a tenant's lists of a domain; empty where the backend cannot tell (real SWF). */
    public ConsoleRoutes(ObjectMapper mapper, WireResponses responses,
                  Optional<BiFunction<Tenant, String, List<TaskListView>>> taskLists) {
        this(mapper, responses, taskLists, Optional.empty());
    }

    /** As above, {@code GET /_relay/backlog} showing the caller's pending tasks per list from {@code metrics}' numbers. */
    public ConsoleRoutes(ObjectMapper mapper, WireResponses responses,
                  Optional<BiFunction<Tenant, String, List<TaskListView>>> taskLists, Optional<SwfMetrics> metrics) {
        this.metrics = metrics;
        this.mapper = mapper;
        this.responses = responses;
        this.taskLists = taskLists;
    }

    /**
     * Whether this request is the console's: never an SWF operation (those are POSTs to {@code /}).
     * {@code GET /} is the console's only when it asks for HTML, as a browser's does; any other
     * stays SWF's {@code UnknownOperationException}.
     */
    public static boolean serves(FullHttpRequest request, String path) {
        if (!request.method().equals(HttpMethod.GET)) {
            return false;
        }
        if (path.equals("/")) {
            String accept = request.headers().get(HttpHeaderNames.ACCEPT);
            return accept != null && accept.contains("text/html");
        }
        return path.equals("/_relay/console") || path.startsWith(ConsoleAssets.PATH) || path.equals(TASK_LISTS)
                || path.equals(BACKLOG);
    }

    /** {@code caller} is asked only for the task-list view, the one route that shows state. */
    public FullHttpResponse answer(FullHttpRequest request, String path, Supplier<Tenant> caller) throws IOException {
        if (path.equals(TASK_LISTS)) {
            Tenant tenant = caller.get();
            return responses.json(HttpResponseStatus.OK, taskListsJson(tenant, domainOf(request)));
        }
        if (path.equals(BACKLOG)) {
            return responses.json(HttpResponseStatus.OK, backlogJson(caller.get()));
        }
        if (!path.startsWith(ConsoleAssets.PATH)) {
            return redirect();
        }
        return assets.find(path).map(this::file).orElseGet(() -> responses.fault(HttpResponseStatus.NOT_FOUND,
                Faults.noConsolePage(path)));
    }

    private static String domainOf(FullHttpRequest request) {
        List<String> domain = new QueryStringDecoder(request.uri()).parameters().get("domain");
        if (domain == null || domain.isEmpty() || domain.get(0).isEmpty()) {
            throw Faults.badAdminRequest("domain is required: GET " + TASK_LISTS + "?domain=NAME");
        }
        return domain.get(0);
    }

    private byte[] taskListsJson(Tenant tenant, String domain) throws IOException {
        ObjectNode answer = mapper.createObjectNode().put("available", taskLists.isPresent());
        ArrayNode lists = answer.putArray("taskLists");
        taskLists.ifPresent(views -> views.apply(tenant, domain).forEach(view -> {
            ObjectNode list = lists.addObject().put("name", view.name()).put("kind", view.kind())
                    .put("pending", view.pending()).put("unattended", view.unattended());
            pollers(list.putArray("parked"), view.parked());
            pollers(list.putArray("lastPolls"), view.lastPolls());
        }));
        return mapper.writeValueAsBytes(answer);
    }

    /** The caller's task lists with their pending tasks: the numbers of the metrics' {@code swf_pending_tasks}. */
    private byte[] backlogJson(Tenant tenant) throws IOException {
        ObjectNode answer = mapper.createObjectNode().put("available", metrics.isPresent());
        ArrayNode lists = answer.putArray("backlog");
        metrics.ifPresent(m -> m.backlog().stream().filter(b -> b.tenant().equals(tenant))
                .forEach(b -> lists.addObject().put("domain", b.domain()).put("taskList", b.taskList())
                        .put("kind", b.classification().equals("D") ? "decision" : "activity").put("pending", b.pending())));
        return mapper.writeValueAsBytes(answer);
    }

    private static void pollers(ArrayNode into, List<TaskListView.Poller> pollers) {
        pollers.forEach(p -> into.addObject().put("identity", p.identity()).put("at", p.at().toEpochMilli() / 1000.0));
    }

    private FullHttpResponse file(ConsoleAssets.Asset asset) {
        byte[] body = asset.body();
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, asset.contentType())
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CACHE_CONTROL, "no-cache")
                .set("Content-Security-Policy", POLICY)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer");
        return response;
    }

    private static FullHttpResponse redirect() {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.FOUND);
        response.headers().set(HttpHeaderNames.LOCATION, ConsoleAssets.PATH).setInt(HttpHeaderNames.CONTENT_LENGTH, 0);
        return response;
    }

    /** Refuses an admin route where no emulator stands behind the server (the console on real SWF). */
    public static void requireEmulator(AdminRoutes admin, String path) {
        if (admin == null) {
            throw Faults.notAnEmulator(path);
        }
    }

    /**
     * Refuses a {@code POST} to {@code /_relay/} sent by a page of another origin (a form can post
     * there without a preflight): such a request carries an {@code Origin} that is not this server.
     */
    public static void refuseCrossOrigin(FullHttpRequest request) {
        String origin = request.headers().get(HttpHeaderNames.ORIGIN);
        String host = request.headers().get(HttpHeaderNames.HOST);
        if (origin != null && !origin.equals("http://" + host) && !origin.equals("https://" + host)) {
            throw Faults.crossOriginRefused(origin);
        }
    }
}
