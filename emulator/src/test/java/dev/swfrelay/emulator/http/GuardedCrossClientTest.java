package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.SwfEmulatorServer;
import dev.swfrelay.emulator.http.auth.AccountKey;
import dev.swfrelay.emulator.http.auth.AccountKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.swfrelay.emulator.http.CrossClientSmokeTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * boto3 and the AWS CLI, unchanged, against a guarded server: with the right keys they work (their
 * canonical requests sign no {@code x-amz-content-sha256}, unlike the SDK v2's), and with a wrong
 * secret they print SWF's refusal. Skipped, saying why, where python3 with boto3 or {@code aws} is missing.
 */
class GuardedCrossClientTest {

    private static final String KEY = "AKIDPYTHON";
    private static final String SECRET = "python/secret+key";
    private static final String MISMATCH = "The request signature we calculated does not match the signature you "
            + "provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    private static SwfEmulatorServer server;

    @BeforeAll
    static void start() {
        server = SwfEmulatorServer.builder().pollHold(Duration.ofSeconds(1))
                .credentials(AccountKeys.of(new AccountKey(KEY, SECRET, "333333333333"))).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void boto3GetsInWithTheRightKeysAndIsRefusedWithAWrongSecret(@TempDir Path dir) throws Exception {
        assumeTrue(run(List.of("python3", "-c", "import boto3"), Map.of()).exit() == 0,
                "python3 with boto3 is not installed (apt-get install python3-boto3)");
        Path script = dir.resolve("boto3_guarded.py");
        try (var in = getClass().getResourceAsStream("/smoke/boto3_guarded.py")) {
            Files.copy(in, script);
        }
        Result result = run(List.of("python3", script.toString(), server.uri().toString(), KEY, SECRET), Map.of());
        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        assertThat(result.out())
                .containsPattern("listed \\[.*'boto3-guarded'.*]")
                .contains("refused 400 InvalidSignatureException | " + MISMATCH)
                .doesNotContain("let in")
                .doesNotContain("boto3-wrong");
    }

    @Test
    void theAwsCliGetsInWithTheRightKeysAndPrintsTheRefusalOfAWrongSecret() throws Exception {
        assumeTrue(run(List.of("aws", "--version"), Map.of()).exit() == 0, "the AWS CLI (aws) is not installed (apt-get install awscli)");
        Result registered = run(aws("register-domain", "--name", "cli-guarded", "--workflow-execution-retention-period-in-days", "1"),
                env(SECRET));
        assertThat(registered.exit()).as(registered.err()).isZero();

        Result wrong = run(aws("register-domain", "--name", "cli-wrong", "--workflow-execution-retention-period-in-days", "1"),
                env("not-the-secret"));
        assertThat(wrong.exit()).isIn(254, 255);
        assertThat(wrong.err()).contains("An error occurred (InvalidSignatureException) when calling the RegisterDomain "
                + "operation: " + MISMATCH);

        Result unknown = run(aws("list-domains", "--registration-status", "REGISTERED"),
                Map.of("AWS_ACCESS_KEY_ID", "AKIDSTRANGER", "AWS_SECRET_ACCESS_KEY", SECRET, "AWS_DEFAULT_REGION", "us-east-1",
                        "AWS_PAGER", "", "AWS_MAX_ATTEMPTS", "1"));
        assertThat(unknown.err()).contains("An error occurred (UnrecognizedClientException) when calling the ListDomains "
                + "operation: The security token included in the request is invalid.");

        try (SwfClient sdk = SignedClients.client(server.uri(), KEY, SECRET, "us-east-1")) {
            assertThat(GuardedServerTest.domains(sdk)).contains("cli-guarded").doesNotContain("cli-wrong");
        }
    }

    private static List<String> aws(String... args) {
        List<String> command = new ArrayList<>(List.of("aws", "swf"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", server.uri().toString(), "--output", "json"));
        return command;
    }

    private static Map<String, String> env(String secret) {
        return Map.of("AWS_ACCESS_KEY_ID", KEY, "AWS_SECRET_ACCESS_KEY", secret,
                "AWS_DEFAULT_REGION", "us-east-1", "AWS_PAGER", "", "AWS_MAX_ATTEMPTS", "1");
    }

    private static Result run(List<String> command, Map<String, String> env) throws Exception {
        return CrossClientSmokeTest.run(command, env);
    }
}
