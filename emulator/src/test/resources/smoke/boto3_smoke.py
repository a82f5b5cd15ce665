"""boto3 against the emulator: register, start, poll, respond, history, and two modeled faults.

Usage: python3 boto3_smoke.py ENDPOINT_URL. Prints one line per step; exits non-zero on failure.
"""
import json
import sys

import boto3
from botocore.config import Config

endpoint = sys.argv[1]
swf = boto3.client(
    "swf",
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id="AKIDBOTO3",
    aws_secret_access_key="secret",
    config=Config(read_timeout=70, retries={"max_attempts": 1}),
)

swf.register_domain(name="py", workflowExecutionRetentionPeriodInDays="1")
swf.register_workflow_type(
    domain="py", name="flow", version="1",
    defaultTaskList={"name": "decisions"}, defaultChildPolicy="TERMINATE",
    defaultExecutionStartToCloseTimeout="3600", defaultTaskStartToCloseTimeout="30")
swf.register_activity_type(
    domain="py", name="step", version="1",
    defaultTaskList={"name": "work"}, defaultTaskHeartbeatTimeout="NONE",
    defaultTaskScheduleToCloseTimeout="600", defaultTaskScheduleToStartTimeout="300",
    defaultTaskStartToCloseTimeout="300")
run = swf.start_workflow_execution(domain="py", workflowId="py-1", workflowType={"name": "flow", "version": "1"}, input="in")
print("started", run["runId"])

task = swf.poll_for_decision_task(domain="py", taskList={"name": "decisions"}, identity="py-decider")
assert task["taskToken"], task
swf.respond_decision_task_completed(taskToken=task["taskToken"], decisions=[{
    "decisionType": "ScheduleActivityTask",
    "scheduleActivityTaskDecisionAttributes": {
        "activityId": "s1", "activityType": {"name": "step", "version": "1"}, "input": "in"}}])

work = swf.poll_for_activity_task(domain="py", taskList={"name": "work"}, identity="py-worker")
assert work["activityId"] == "s1", work
swf.respond_activity_task_completed(taskToken=work["taskToken"], result=work["input"] + "+done")

task = swf.poll_for_decision_task(domain="py", taskList={"name": "decisions"}, identity="py-decider")
swf.respond_decision_task_completed(taskToken=task["taskToken"], decisions=[{
    "decisionType": "CompleteWorkflowExecution",
    "completeWorkflowExecutionDecisionAttributes": {"result": "in+done"}}])

history = swf.get_workflow_execution_history(domain="py", execution={"workflowId": "py-1", "runId": run["runId"]})
events = history["events"]
print("history", json.dumps([e["eventType"] for e in events]))
assert events[-1]["eventType"] == "WorkflowExecutionCompleted", events[-1]
assert events[-1]["workflowExecutionCompletedEventAttributes"]["result"] == "in+done"
assert hasattr(events[0]["eventTimestamp"], "year"), events[0]

try:
    swf.register_domain(name="py", workflowExecutionRetentionPeriodInDays="1")
    raise SystemExit("duplicate domain was accepted")
except swf.exceptions.DomainAlreadyExistsFault as e:
    print("duplicate-domain", e.response["Error"]["Code"])

try:
    swf.start_workflow_execution(domain="py", workflowId="py-2", workflowType={"name": "nosuch", "version": "1"})
    raise SystemExit("unknown type was accepted")
except swf.exceptions.UnknownResourceFault as e:
    print("unknown-type", e.response["Error"]["Code"], e.response["Error"]["Message"])

empty = swf.poll_for_activity_task(domain="py", taskList={"name": "idle"})
assert "taskToken" not in empty and "activityId" not in empty, empty
print("empty-poll", json.dumps({k: v for k, v in empty.items() if k != "ResponseMetadata"}))
print("boto3 smoke OK")
