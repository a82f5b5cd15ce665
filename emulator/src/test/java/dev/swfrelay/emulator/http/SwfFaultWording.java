package dev.swfrelay.emulator.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What SWF answers, word for word, in each case that {@code faults/boto3_faults.py} and
 * {@link SdkFaultScenario} provoke ({@code shared/swf-api/wire-notes.md} §7). {@code <runId>}
 * stands for the run id of the run the scenario closes.
 */
final class SwfFaultWording {

    record Expected(String code, String message) {
    }

    static final Map<String, Expected> CASES = cases();

    private SwfFaultWording() {
    }

    private static Map<String, Expected> cases() {
        Map<String, Expected> c = new LinkedHashMap<>();
        c.put("unknownDomain", unknown("Unknown domain: nowhere"));
        c.put("unknownActivityType", unknown("Unknown type: ActivityType=[name=nosuch, version=1]"));
        c.put("unknownWorkflowType", unknown("Unknown type: WorkflowType=[name=nosuch, version=1]"));
        c.put("unknownExecution", unknown("Unknown execution: WorkflowExecution=[workflowId=nope, runId=r]"));
        c.put("unknownExecutionByWorkflowId", unknown("Unknown execution, workflowId = nope"));
        c.put("domainAlreadyExists", new Expected("DomainAlreadyExistsFault", "faults"));
        c.put("domainDeprecated", new Expected("DomainDeprecatedFault", "gone"));
        c.put("activityTypeAlreadyExists", new Expected("TypeAlreadyExistsFault", "ActivityType=[name=act, version=1]"));
        c.put("workflowTypeAlreadyExists", new Expected("TypeAlreadyExistsFault", "WorkflowType=[name=wf, version=1]"));
        c.put("typeDeprecated", new Expected("TypeDeprecatedFault", "ActivityType=[name=old, version=1]"));
        c.put("defaultUndefined", new Expected("DefaultUndefinedFault", "executionStartToCloseTimeout"));
        c.put("alreadyStarted", new Expected("WorkflowExecutionAlreadyStartedFault", "Already Started"));
        c.put("closeNotLast", invalid("Close must be last decision in list"));
        c.put("decisionTaskAnsweredTwice", unknown("Unknown decision task, scheduledEventId = 2"));
        c.put("activityTaskAnsweredTwice", unknown("Unknown activity, scheduledEventId = 5"));
        c.put("taskOfClosedRun", unknown("Unknown execution: WorkflowExecution=[workflowId=tasks-1, runId=<runId>]"));
        c.put("threeNullsInModelOrder", invalid("3 validation errors detected: "
                + "Value null at 'taskToken' failed to satisfy constraint: Member must not be null; "
                + "Value null at 'decisions.1.member.startTimerDecisionAttributes.timerId' failed to satisfy"
                + " constraint: Member must not be null; "
                + "Value null at 'decisions.1.member.startTimerDecisionAttributes.startToFireTimeout' failed to"
                + " satisfy constraint: Member must not be null"));
        c.put("fourKindsInModelOrder", invalid("4 validation errors detected: "
                + "Value '" + "d".repeat(257) + "' at 'domain' failed to satisfy constraint:"
                + " Member must have length less than or equal to 256; "
                + "Value '" + "v".repeat(65) + "' at 'workflowType.version' failed to satisfy constraint:"
                + " Member must have length less than or equal to 64; "
                + "Value '[t1, t2, t3, t4, t5, t6]' at 'tagList' failed to satisfy constraint:"
                + " Member must have length less than or equal to 5; "
                + "Value 'BOGUS' at 'childPolicy' failed to satisfy constraint:"
                + " Member must satisfy enum value set: [TERMINATE, REQUEST_CANCEL, ABANDON]"));
        return c;
    }

    private static Expected unknown(String message) {
        return new Expected("UnknownResourceFault", message);
    }

    private static Expected invalid(String message) {
        return new Expected("ValidationException", message);
    }
}
