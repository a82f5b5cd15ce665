package dev.swfrelay.emulator.http;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.Faults;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;

/**
 * One SWF operation: its wire name, the {@link SwfService} method that serves it and the
 * reader for its request body.
 */
record Operation(String name, Method method, ObjectReader requestReader) {

    boolean isVoid() {
        return method.getReturnType() == void.class;
    }

    boolean isLongPoll() {
        return method.getReturnType() == CompletableFuture.class;
    }

    /** Calls the service; SWF's faults and other failures propagate unwrapped. */
    Object invoke(SwfService service, Object request) {
        try {
            return method.invoke(service, request);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw Faults.internalFailure(e).withDetail("operation " + name + " is not callable");
        }
    }
}
