package dev.swfrelay.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;
import software.amazon.awssdk.services.swf.model.ScheduleActivityTaskFailedCause;

/**
 * {@code swf-relay serve --throttling swf:0.01} as its own process, through SDK v2 with its default
 * retries and through the AWS CLI: a decider fanning out past ScheduleActivityTask's bucket (1000 on SWF,
 * 10 here) sees {@code ACTIVITY_CREATION_RATE_EXCEEDED} for the rest; a call past its API's bucket is
 * {@code ThrottlingException} "Rate exceeded", retried by the SDK and answered once the (frozen) server
 * clock has been advanced past the refill.
 */
class CliThrottlingIT {

    @Test
    void serveThrottlesCallsAndDecisionsAsSwfDoes(@TempDir Path dir) throws Exception {
        try (Emulator serve = Emulator.start(dir, "--throttling", "swf:0.01")) {
            ServerClock clock = new ServerClock(serve.url());
            clock.freeze();
            AdvanceOnThrottle watcher = new AdvanceOnThrottle(clock);
            try (SwfClient swf = client(serve.url(), watcher)) {
                register(swf);
                swf.startWorkflowExecution(r -> r.domain("throttled").workflowId("fan-out")
                        .workflowType(t -> t.name("flow").version("1")));
                String token = swf.pollForDecisionTask(r -> r.domain("throttled").taskList(t -> t.name("decisions")))
                        .taskToken();
                List<Decision> twelve = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    String id = "step-" + i;
                    twelve.add(Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
                            .scheduleActivityTaskDecisionAttributes(a -> a.activityId(id)
                                    .activityType(ActivityType.builder().name("step").version("1").build()))
                            .build());
                }
                swf.respondDecisionTaskCompleted(r -> r.taskToken(token).decisions(twelve));

                List<HistoryEvent> events = swf.pollForDecisionTask(r -> r.domain("throttled")
                        .taskList(t -> t.name("decisions"))).events();
                assertThat(events.stream().filter(e -> e.eventType() == EventType.ACTIVITY_TASK_SCHEDULED)).hasSize(10);
                assertThat(events.stream().filter(e -> e.eventType() == EventType.SCHEDULE_ACTIVITY_TASK_FAILED)
                        .map(e -> e.scheduleActivityTaskFailedEventAttributes().cause()))
                        .containsExactly(ScheduleActivityTaskFailedCause.ACTIVITY_CREATION_RATE_EXCEEDED,
                                ScheduleActivityTaskFailedCause.ACTIVITY_CREATION_RATE_EXCEEDED);
                assertThat(watcher.throttled).as("no call was throttled so far").hasValue(0);

                swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED)); // its one token
                watcher.attempts.set(0);
                swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED));

                assertThat(watcher.throttled).hasValue(1);
                assertThat(watcher.attempts).as("the SDK's own retry").hasValue(2);
            }
            assertTheCliSeesTheFault(serve.url());
        }
    }

    private static void register(SwfClient swf) {
        swf.registerDomain(r -> r.name("throttled").workflowExecutionRetentionPeriodInDays("1"));
        swf.registerWorkflowType(r -> r.domain("throttled").name("flow").version("1")
                .defaultTaskList(t -> t.name("decisions")).defaultChildPolicy("TERMINATE")
                .defaultExecutionStartToCloseTimeout("3600").defaultTaskStartToCloseTimeout("60"));
        swf.registerActivityType(r -> r.domain("throttled").name("step").version("1")
                .defaultTaskList(t -> t.name("work")).defaultTaskHeartbeatTimeout("NONE")
                .defaultTaskScheduleToCloseTimeout("600").defaultTaskScheduleToStartTimeout("300")
                .defaultTaskStartToCloseTimeout("300"));
    }

    /** ListDomains' bucket is empty and the clock frozen: the CLI (one attempt) reports SWF's fault. */
    private static void assertTheCliSeesTheFault(String url) throws Exception {
        List<String> command = List.of("aws", "swf", "list-domains", "--registration-status", "REGISTERED",
                "--endpoint-url", url, "--output", "json");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("AWS_ACCESS_KEY_ID", "AKIDCLI", "AWS_SECRET_ACCESS_KEY", "secret",
                "AWS_DEFAULT_REGION", "us-east-1", "AWS_PAGER", "", "AWS_MAX_ATTEMPTS", "1"));
        Process aws;
        try {
            aws = builder.start();
        } catch (IOException notInstalled) {
            return; // the AWS CLI is optional here; SDK v2 above is the check
        }
        String out = new String(aws.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(aws.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(aws.exitValue()).as(out).isIn(254, 255);
        assertThat(out).contains("(ThrottlingException)").contains("Rate exceeded");
    }

    private static SwfClient client(String url, AdvanceOnThrottle watcher) {
        return SwfClient.builder()
                .endpointOverride(URI.create(url))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDIT", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(70)))
                .overrideConfiguration(c -> c.addExecutionInterceptor(watcher))
                .build();
    }

    /** Counts attempts and throttled answers; after a throttled one, advances the server's clock past any refill. */
    private static final class AdvanceOnThrottle implements ExecutionInterceptor {
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger throttled = new AtomicInteger();
        private final ServerClock clock;

        AdvanceOnThrottle(ServerClock clock) {
            this.clock = clock;
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            attempts.incrementAndGet();
        }

        @Override
        public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
            if (context.httpResponse().statusCode() == 400 && context.httpResponse()
                    .firstMatchingHeader("x-amzn-ErrorType").filter("ThrottlingException"::equals).isPresent()) {
                throttled.incrementAndGet();
                try {
                    clock.advance("PT20S");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
