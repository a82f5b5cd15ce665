package dev.swfrelay.emulator.junit;

import dev.swfrelay.core.api.EmulatorDefaults;
import dev.swfrelay.emulator.engine.Throttling;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against an emulator server on an ephemeral port, started once for the
 * class and reset before each test. Test methods and constructors may declare parameters of
 * type {@code software.amazon.awssdk.services.swf.SwfClient} (configured for the server: dummy
 * credentials, {@link #region()}, endpoint override, read timeouts longer than the poll hold),
 * {@link java.net.URI} (the endpoint), {@code VirtualClock} (the server's clock),
 * {@code FaultRules} (the server's fault rules, cleared before each test) and {@code SwfEmulatorServer}.
 *
 * <pre>{@code
 * @SwfEmulatorTest
 * class MyWorkflowTest {
 *     @Test
 *     void runs(SwfClient swf, VirtualClock clock) { ... }
 * }
 * }</pre>
 *
 * The client uses {@code software.amazon.awssdk:url-connection-client}; both it and
 * {@code software.amazon.awssdk:swf} come with this artifact, so a project adds only
 * {@code dev.swfrelay:swf-relay-emulator} (test scope) next to JUnit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SwfEmulatorExtension.class)
public @interface SwfEmulatorTest {

    /** How long a long poll waits for a task, as an ISO-8601 duration (SWF's 60 s by default). */
    String pollHold() default EmulatorDefaults.POLL_HOLD;

    /** The region of the injected client and the server's default region. */
    String region() default EmulatorDefaults.REGION;

    /** The account id in ARNs. */
    String accountId() default EmulatorDefaults.ACCOUNT_ID;

    /**
     * SWF's throttling: {@code "off"} (the default), {@code "swf"} or {@code "swf:<scale>"} (e.g.
     * {@code "swf:0.01"}, every bucket's size and rate times 0.01); see {@code Throttling#parse}.
     * Buckets are full again after the reset before each test.
     */
    String throttling() default Throttling.OFF;
}
