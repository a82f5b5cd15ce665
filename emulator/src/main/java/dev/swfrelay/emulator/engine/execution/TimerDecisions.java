package dev.swfrelay.emulator.engine.execution;

import dev.swfrelay.core.model.CancelTimerFailedCause;
import dev.swfrelay.core.model.StartTimerFailedCause;
import dev.swfrelay.core.model.decision.CancelTimer;
import dev.swfrelay.core.model.decision.StartTimer;
import dev.swfrelay.core.model.event.CancelTimerFailed;
import dev.swfrelay.core.model.event.StartTimerFailed;
import dev.swfrelay.core.model.event.TimerCanceled;
import dev.swfrelay.core.model.event.TimerFired;
import dev.swfrelay.core.model.event.TimerStarted;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.emulator.engine.clock.Deadline;

/** The StartTimer and CancelTimer decisions, and timers firing on the engine's clock. */
final class TimerDecisions {

    private final EngineContext context;

    TimerDecisions(EngineContext context) {
        this.context = context;
    }

    void start(Execution e, StartTimer d, long completed) {
        Faults.required(d.startToFireTimeout(), "startToFireTimeout");
        if (e.open.timers().containsKey(d.timerId())) {
            e.append(new StartTimerFailed(StartTimerFailedCause.TIMER_ID_ALREADY_IN_USE, completed, d.timerId()));
            return;
        }
        if (e.open.timerCount() >= context.settings.limits().maxOpenTimers()) {
            e.append(new StartTimerFailed(StartTimerFailedCause.OPEN_TIMERS_LIMIT_EXCEEDED, completed, d.timerId()));
            return;
        }
        long started = e.append(new TimerStarted(d.control(), completed, d.startToFireTimeout(), d.timerId()));
        TimerState timer = new TimerState(d.timerId(), started);
        timer.deadline = context.after(context.clock.now(), d.startToFireTimeout(), e, at -> fire(e, timer, at));
        e.open.timers().put(d.timerId(), timer);
    }

    void cancel(Execution e, CancelTimer d, long completed) {
        TimerState timer = e.open.timers().remove(d.timerId());
        if (timer == null) {
            e.append(new CancelTimerFailed(CancelTimerFailedCause.TIMER_ID_UNKNOWN, completed, d.timerId()));
            return;
        }
        timer.lifecycle.moveTo(TimerState.Phase.CANCELED);
        ActivityState.cancel(timer.deadline);
        e.append(new TimerCanceled(completed, timer.startedEventId, d.timerId()));
    }

    /** Arms a timer started before a restart at its original deadline, {@code startedAt} plus its timeout. */
    void rearm(Execution e, TimerState timer, java.time.Instant startedAt, dev.swfrelay.core.model.Timeout startToFire) {
        timer.deadline = context.after(startedAt, startToFire, e, at -> fire(e, timer, at));
    }

    /** The deadline passed; one that was canceled while already firing finds the timer closed and does nothing. */
    private void fire(Execution e, TimerState timer, java.time.Instant at) {
        if (timer.lifecycle.phase() != TimerState.Phase.STARTED) {
            return;
        }
        timer.lifecycle.moveTo(TimerState.Phase.FIRED);
        e.open.timers().remove(timer.timerId, timer);
        e.append(at, new TimerFired(timer.startedEventId, timer.timerId));
    }
}
