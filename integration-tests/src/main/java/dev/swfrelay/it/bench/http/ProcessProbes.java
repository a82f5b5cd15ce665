package dev.swfrelay.it.bench.http;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Figures of the server alone in its own process: cold start (process spawned → first SWF
 * request answered) and threads and RSS while it holds parked long polls.
 */
final class ProcessProbes {

    private static final String LIST_DOMAINS = "{\"registrationStatus\":\"REGISTERED\"}";
    private static final String POLL = "{\"domain\":\"bench\",\"taskList\":{\"name\":\"idle\"},\"identity\":\"probe\"}";

    /** Threads and RSS of the server process, idle and with {@code polls} parked polls. */
    record Parked(long idleThreads, long idleRssBytes, long parkedThreads, long parkedRssBytes, int answeredOnShutdown) {
    }

    private ProcessProbes() {
    }

    /** Median over {@code runs} cold starts, in milliseconds. */
    static double coldStartMillis(int runs) throws Exception {
        WireCalls wire = new WireCalls();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long spawned = System.nanoTime();
            try (ServerProcess server = ServerProcess.start()) {
                HttpResponse<String> answer = wire.call(server.uri(), "ListDomains", LIST_DOMAINS);
                millis[i] = (System.nanoTime() - spawned) / 1e6;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("first request failed: " + answer.body());
                }
            }
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }

    static Parked parkedPolls(int polls) throws Exception {
        WireCalls wire = new WireCalls();
        List<CompletableFuture<HttpResponse<String>>> parked = new ArrayList<>();
        Parked figures;
        try (ServerProcess server = ServerProcess.start()) {
            wire.call(server.uri(), "RegisterDomain", "{\"name\":\"bench\",\"workflowExecutionRetentionPeriodInDays\":\"1\"}");
            for (int i = 0; i < 200; i++) {
                wire.call(server.uri(), "ListDomains", LIST_DOMAINS);
            }
            long idleThreads = server.threads();
            long idleRss = server.rssBytes();
            for (int i = 0; i < polls; i++) {
                parked.add(wire.callAsync(server.uri(), "PollForActivityTask", POLL));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!wire.health(server.uri()).contains("\"parkedPolls\":" + polls)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("polls did not park: " + wire.health(server.uri()));
                }
                LockSupport.parkNanos(10_000_000);
            }
            figures = new Parked(idleThreads, idleRss, server.threads(), server.rssBytes(), 0);
        }
        CompletableFuture.allOf(parked.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        int empty = (int) parked.stream().map(CompletableFuture::join)
                .filter(r -> r.statusCode() == 200 && r.body().equals("{\"startedEventId\":0}")).count();
        return new Parked(figures.idleThreads(), figures.idleRssBytes(), figures.parkedThreads(), figures.parkedRssBytes(), empty);
    }
}
