package dev.swfrelay.it.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.aws.AwsSwfService;
import dev.swfrelay.core.api.SwfService;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * Real SWF through the AWS adapter, only with {@code -Dswf.it.live=true} and credentials
 * the SDK's default chain can find. Region from the default chain or {@code
 * -Dswf.it.region}; the domain is {@code -Dswf.it.domain} (default {@code swf-relay-contract}),
 * registered once with a one-day retention and then reused.
 */
final class LiveBackend implements SwfBackend {

    private final AwsSwfService service;
    private final String domain = System.getProperty("swf.it.domain", "swf-relay-contract");

    private LiveBackend(AwsSwfService service) {
        this.service = service;
    }

    /** The live backend, or a skipped test class with the reason when it is not asked for or has no credentials. */
    static LiveBackend openOrSkip() {
        assumeTrue(Boolean.getBoolean("swf.it.live"),
                "live SWF contract runs are off: pass -Dswf.it.live=true with AWS credentials to run them");
        try (DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build()) {
            credentials.resolveCredentials();
        } catch (RuntimeException e) {
            assumeTrue(false, "live SWF contract runs need AWS credentials from the default chain: " + e.getMessage());
        }
        return new LiveBackend(AwsSwf.fromDefaultChains(System.getProperty("swf.it.region"), null));
    }

    @Override
    public SwfService service() {
        return service;
    }

    @Override
    public String domain() {
        return domain;
    }

    @Override
    public boolean canMoveTime() {
        return false;
    }

    @Override
    public void advance(Duration by) {
        throw new UnsupportedOperationException("real SWF's time cannot be moved");
    }

    @Override
    public boolean shortPollHold() {
        return false;
    }

    @Override
    public boolean freshDomainsAllowed() {
        return false;
    }

    @Override
    public void close() {
        service.close();
    }
}
