package dev.swfrelay.core.worker;

/**
 * Runs one activity task. What it returns is the task's result; what it throws fails the
 * task, with the exception's message as the reason and its stack trace as the details.
 *
 * <p>Long work should look at {@link ActivityContext#isCancelRequested()} now and then, or
 * let an interrupt end it: when a heartbeat reports that cancellation was requested, the
 * worker interrupts the handler's thread (unless told not to), and whatever the handler
 * does next (return or throw), the task is reported canceled.
 */
@FunctionalInterface
public interface ActivityHandler {

    String handle(ActivityContext context) throws Exception;
}
