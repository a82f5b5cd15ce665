package dev.swfrelay.it.bench.inprocess;

import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link SwfService} in front of another that counts accepted CompleteWorkflowExecution
 * decisions, so the benchmark knows when its workflows are done without scanning executions.
 */
final class CompletionCounter implements InvocationHandler {

    private final SwfService target;
    private final AtomicInteger completed = new AtomicInteger();

    private CompletionCounter(SwfService target) {
        this.target = target;
    }

    static CompletionCounter around(SwfService target) {
        return new CompletionCounter(target);
    }

    SwfService service() {
        return (SwfService) Proxy.newProxyInstance(SwfService.class.getClassLoader(), new Class<?>[] {SwfService.class},
                this);
    }

    int completed() {
        return completed.get();
    }

    @Override
    public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            Object result = method.invoke(target, args);
            if (args != null && args.length == 1 && args[0] instanceof RespondDecisionTaskCompletedRequest r
                    && r.decisions() != null && r.decisions().stream().anyMatch(d -> d instanceof CompleteWorkflowExecution)) {
                completed.incrementAndGet();
            }
            return result;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
