package dev.swfrelay.emulator.fault;

import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.SwfFault;

/** The fault a rule answers, built by core's catalogue {@link Faults} from what the call named (SWF's words). */
final class InjectedFaults {

    private InjectedFaults() {
    }

    static SwfFault answer(FaultType type, CallTarget call, FiredFault fired) {
        String detail = "injected by fault rule '" + fired.rule() + "'";
        return switch (type) {
            case UnknownResourceFault -> unknownResource(call, fired).withDetail(detail);
            case DomainAlreadyExistsFault -> Faults.domainAlreadyExists(String.valueOf(fired.domain())).withDetail(detail);
            case DomainDeprecatedFault -> Faults.domainDeprecated(String.valueOf(fired.domain())).withDetail(detail);
            case WorkflowExecutionAlreadyStartedFault -> Faults.alreadyStarted().withDetail(detail);
            case ThrottlingException -> Faults.throttled(detail);
            case InternalFailure -> serverError(500, fired);
            case ServiceUnavailable -> serverError(503, fired);
            default -> throw new IllegalStateException(type + " is not injectable");
        };
    }

    /** InternalFailure (500, 502, 504) or ServiceUnavailable (503), caused by {@link InjectedServerError}. */
    static SwfFault serverError(int status, FiredFault fired) {
        InjectedServerError cause = new InjectedServerError(status, fired);
        return status == 503
                ? Faults.answered(FaultType.ServiceUnavailable, Faults.serviceUnavailable().getMessage(), cause)
                : Faults.internalFailure(cause);
    }

    private static SwfFault unknownResource(CallTarget call, FiredFault fired) {
        if (fired.workflowId() != null) {
            return Faults.unknownExecution(fired.workflowId());
        }
        if (fired.domain() != null) {
            return Faults.unknownDomain(fired.domain());
        }
        return call.taskToken() != null ? Faults.unknownTaskToken() : Faults.unknownResource(call.operation());
    }
}
