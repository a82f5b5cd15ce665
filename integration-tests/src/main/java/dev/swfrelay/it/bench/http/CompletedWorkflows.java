package dev.swfrelay.it.bench.http;

import dev.swfrelay.core.api.RespondDecisionTaskCompletedRequest;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.model.decision.CompleteWorkflowExecution;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the CompleteWorkflowExecution decisions a service accepted, so no execution is scanned. */
public final class CompletedWorkflows implements InvocationHandler {

    private final SwfService target;
    private final AtomicInteger completed = new AtomicInteger();

    public CompletedWorkflows(SwfService target) {
        this.target = target;
    }

    public SwfService service() {
        return (SwfService) Proxy.newProxyInstance(SwfService.class.getClassLoader(), new Class<?>[] {SwfService.class}, this);
    }

    public int count() {
        return completed.get();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
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
