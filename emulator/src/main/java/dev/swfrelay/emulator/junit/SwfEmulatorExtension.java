package dev.swfrelay.emulator.junit;

import dev.swfrelay.emulator.engine.Throttling;
import dev.swfrelay.emulator.engine.clock.VirtualClock;
import dev.swfrelay.emulator.SwfEmulatorServer;
import dev.swfrelay.emulator.fault.FaultRules;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * The JUnit 5 extension behind {@link SwfEmulatorTest}: one server per test class (shared by
 * nested classes), reset before every test (its fault rules cleared too), and its client, endpoint, clock and
 * {@code FaultRules} as parameters.
 */
public final class SwfEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SwfEmulatorExtension.class);
    private static final String KEY = "emulator";

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        if (store.get(KEY, RunningEmulator.class) != null) {
            return;
        }
        SwfEmulatorTest settings = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), SwfEmulatorTest.class)
                .orElseThrow(() -> new IllegalStateException("SwfEmulatorExtension needs @SwfEmulatorTest on "
                        + context.getRequiredTestClass().getName()));
        store.put(KEY, RunningEmulator.start(settings.region(), settings.accountId(), Duration.parse(settings.pollHold()),
                Throttling.parse(settings.throttling())));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        running(context).server().reset();
        running(context).server().faults().clear();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SwfClient.class || type == URI.class || type == VirtualClock.class
                || type == SwfEmulatorServer.class || type == FaultRules.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningEmulator running = running(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == SwfClient.class) {
            return running.client();
        }
        if (type == URI.class) {
            return running.server().uri();
        }
        if (type == VirtualClock.class) {
            return running.server().clock();
        }
        if (type == FaultRules.class) {
            return running.server().faults();
        }
        return running.server();
    }

    private static RunningEmulator running(ExtensionContext context) {
        RunningEmulator running = context.getStore(NAMESPACE).get(KEY, RunningEmulator.class);
        if (running == null) {
            throw new ParameterResolutionException("no emulator server: annotate the test class with @SwfEmulatorTest");
        }
        return running;
    }
}
