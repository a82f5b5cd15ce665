package dev.swfrelay.it.bench.load;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Every HTTP status the server answered, as the SDK received it before any fault mapping:
 * how many answers, and each one that was not 200 (operation and status), so a test can say
 * "no error answered" of the wire itself rather than of what the SDK made of it.
 */
public final class WireStatuses implements ExecutionInterceptor {

    private final AtomicLong answers = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        answers.incrementAndGet();
        int status = context.httpResponse().statusCode();
        if (status != 200) {
            errors.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME) + " answered " + status);
        }
    }

    public long answers() {
        return answers.get();
    }

    /** The answers that were not 200, e.g. {@code "PollForActivityTask answered 503"}. */
    public List<String> errors() {
        return List.copyOf(errors);
    }
}
