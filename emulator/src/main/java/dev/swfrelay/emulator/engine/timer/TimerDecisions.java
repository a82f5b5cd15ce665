package dev.swfrelay.emulator.engine.timer;

import dev.swfrelay.emulator.engine.shared.EngineParts;
import dev.swfrelay.emulator.engine.run.state.Execution;
import dev.swfrelay.emulator.engine.timer.state.TimerState;
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
import dev.swfrelay.core.model.Timeout;
import java.time.Instant;

/** The StartTimer and CancelTimer decisions, and timers firing on the engine's clock. */
public final class TimerDecisions {

    private final EngineParts parts;

    public TimerDecisions(EngineParts parts) {
        this.parts = parts;
    }

    public void start(Execution e, StartTimer d, long completed) {
        Faults.required(d.startToFireTimeout(), "startToFireTimeout");
        if (e.open().timer(d.timerId()) != null) {
            e.append(parts.clock.now(), new StartTimerFailed(StartTimerFailedCause.TIMER_ID_ALREADY_IN_USE, completed,
                    d.timerId()));
            return;
        }
        if (e.open().timerCount() >= parts.settings.limits().maxOpenTimers()) {
            e.append(parts.clock.now(), new StartTimerFailed(StartTimerFailedCause.OPEN_TIMERS_LIMIT_EXCEEDED, completed,
                    d.timerId()));
            return;
        }
        e.append(parts.clock.now(), new TimerStarted(d.control(), completed, d.startToFireTimeout(), d.timerId()));
        arm(e, e.open().timer(d.timerId()), parts.clock.now(), d.startToFireTimeout());
    }

    public void cancel(Execution e, CancelTimer d, long completed) {
        TimerState timer = e.open().timer(d.timerId());
        if (timer == null) {
            e.append(parts.clock.now(), new CancelTimerFailed(CancelTimerFailedCause.TIMER_ID_UNKNOWN, completed,
                    d.timerId()));
            return;
        }
        e.append(parts.clock.now(), new TimerCanceled(completed, timer.startedEventId(), d.timerId()));
    }

    /** Arms {@code timer}, started at {@code startedAt} (earlier, when rebuilt after a restart), to fire after {@code startToFire}. */
    public void arm(Execution e, TimerState timer, Instant startedAt, Timeout startToFire) {
        timer.armed(parts.after(startedAt, startToFire, e, at -> fire(e, timer, at)));
    }

    /** The deadline passed; one that was canceled while already firing finds the timer closed and does nothing. */
    private void fire(Execution e, TimerState timer, Instant at) {
        if (timer.phase() != TimerState.Phase.STARTED) {
            return;
        }
        e.append(at, new TimerFired(timer.startedEventId(), timer.timerId()));
    }
}
