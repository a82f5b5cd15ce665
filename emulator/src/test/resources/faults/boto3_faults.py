"""boto3 against the emulator: provokes every fault whose wording SWF fixes and prints what boto3 saw.

Usage: python3 boto3_faults.py ENDPOINT_URL. Prints one JSON object: case name -> {"code", "message",
"modeled"}, where "modeled" says whether boto3 raised its modeled exception class. The run id of the
run the script closes is printed as <runId> so that the expected messages are fixed.
"""
import json
import sys

import boto3
from botocore.config import Config

endpoint = sys.argv[1]
swf = boto3.client(
    "swf", endpoint_url=endpoint, region_name="us-east-1",
    aws_access_key_id="AKIDBOTO3", aws_secret_access_key="secret",
    # botocore checks required members and minimum lengths itself; the server must name them too
    config=Config(read_timeout=70, retries={"max_attempts": 1}, parameter_validation=False))

seen = {}
run_id = None


def expect(case, call, **kwargs):
    try:
        call(**kwargs)
    except swf.exceptions.ClientError as e:
        message = e.response["Error"]["Message"]
        if run_id:
            message = message.replace(run_id, "<runId>")
        code = e.response["Error"]["Code"]
        modeled = type(e).__name__ == code
        seen[case] = {"code": code, "message": message, "modeled": modeled}
        return
    seen[case] = {"code": None, "message": "no fault", "modeled": False}


D = "faults"
swf.register_domain(name=D, workflowExecutionRetentionPeriodInDays="1")
swf.register_workflow_type(domain=D, name="wf", version="1", defaultTaskList={"name": "decisions"},
                           defaultChildPolicy="TERMINATE", defaultExecutionStartToCloseTimeout="3600",
                           defaultTaskStartToCloseTimeout="30")
swf.register_workflow_type(domain=D, name="bare", version="1")
swf.register_activity_type(domain=D, name="act", version="1", defaultTaskList={"name": "work"},
                           defaultTaskHeartbeatTimeout="NONE", defaultTaskScheduleToCloseTimeout="600",
                           defaultTaskScheduleToStartTimeout="300", defaultTaskStartToCloseTimeout="300")
swf.register_activity_type(domain=D, name="old", version="1")
swf.deprecate_activity_type(domain=D, activityType={"name": "old", "version": "1"})
swf.register_domain(name="gone", workflowExecutionRetentionPeriodInDays="1")
swf.deprecate_domain(name="gone")

expect("unknownDomain", swf.describe_domain, name="nowhere")
expect("unknownActivityType", swf.describe_activity_type, domain=D, activityType={"name": "nosuch", "version": "1"})
expect("unknownWorkflowType", swf.describe_workflow_type, domain=D, workflowType={"name": "nosuch", "version": "1"})
expect("unknownExecution", swf.describe_workflow_execution, domain=D,
       execution={"workflowId": "nope", "runId": "r"})
expect("unknownExecutionByWorkflowId", swf.signal_workflow_execution, domain=D, workflowId="nope", signalName="s")
expect("domainAlreadyExists", swf.register_domain, name=D, workflowExecutionRetentionPeriodInDays="1")
expect("domainDeprecated", swf.deprecate_domain, name="gone")
expect("activityTypeAlreadyExists", swf.register_activity_type, domain=D, name="act", version="1")
expect("workflowTypeAlreadyExists", swf.register_workflow_type, domain=D, name="wf", version="1")
expect("typeDeprecated", swf.deprecate_activity_type, domain=D, activityType={"name": "old", "version": "1"})
expect("defaultUndefined", swf.start_workflow_execution, domain=D, workflowId="bare-1",
       workflowType={"name": "bare", "version": "1"}, taskList={"name": "decisions"},
       taskStartToCloseTimeout="30", childPolicy="TERMINATE")

run_id = swf.start_workflow_execution(domain=D, workflowId="tasks-1", workflowType={"name": "wf", "version": "1"})["runId"]
expect("alreadyStarted", swf.start_workflow_execution, domain=D, workflowId="tasks-1",
       workflowType={"name": "wf", "version": "1"})

token = swf.poll_for_decision_task(domain=D, taskList={"name": "decisions"})["taskToken"]
expect("closeNotLast", swf.respond_decision_task_completed, taskToken=token, decisions=[
    {"decisionType": "CompleteWorkflowExecution", "completeWorkflowExecutionDecisionAttributes": {}},
    {"decisionType": "RecordMarker", "recordMarkerDecisionAttributes": {"markerName": "m"}}])
swf.respond_decision_task_completed(taskToken=token, decisions=[{
    "decisionType": "ScheduleActivityTask",
    "scheduleActivityTaskDecisionAttributes": {"activityId": "a1", "activityType": {"name": "act", "version": "1"}}}])
expect("decisionTaskAnsweredTwice", swf.respond_decision_task_completed, taskToken=token, decisions=[])

work = swf.poll_for_activity_task(domain=D, taskList={"name": "work"})["taskToken"]
swf.respond_activity_task_completed(taskToken=work, result="done")
expect("activityTaskAnsweredTwice", swf.respond_activity_task_completed, taskToken=work, result="again")

late = swf.poll_for_decision_task(domain=D, taskList={"name": "decisions"})["taskToken"]
swf.terminate_workflow_execution(domain=D, workflowId="tasks-1", runId=run_id)
expect("taskOfClosedRun", swf.respond_decision_task_completed, taskToken=late, decisions=[])

expect("threeNullsInModelOrder", swf.respond_decision_task_completed, decisions=[
    {"decisionType": "StartTimer", "startTimerDecisionAttributes": {"control": "c"}}])
expect("fourKindsInModelOrder", swf.start_workflow_execution, domain="d" * 257, workflowId="w",
       workflowType={"name": "n", "version": "v" * 65}, childPolicy="BOGUS",
       tagList=["t1", "t2", "t3", "t4", "t5", "t6"])

print(json.dumps(seen, indent=1, sort_keys=True))
