"""The A-then-B flow with boto3 from the host, against a container's published port.

Usage: python3 boto3_a_then_b.py ENDPOINT_URL. One thread plays decider, server A and server B
in turn. Prints "completed RESULT" and exits 0, or exits non-zero saying what went wrong.
"""
import sys

import boto3
from botocore.config import Config

swf = boto3.client("swf", endpoint_url=sys.argv[1], region_name="us-east-1",
                   aws_access_key_id="AKIDBOTO3", aws_secret_access_key="secret",
                   config=Config(read_timeout=70, retries={"max_attempts": 1}))
D = "py-ci"
swf.register_domain(name=D, workflowExecutionRetentionPeriodInDays="1")
swf.register_workflow_type(domain=D, name="a-then-b", version="1", defaultTaskList={"name": "decisions"},
                           defaultChildPolicy="TERMINATE", defaultExecutionStartToCloseTimeout="3600",
                           defaultTaskStartToCloseTimeout="60")
for name in ("script-a", "script-b"):
    swf.register_activity_type(domain=D, name=name, version="1", defaultTaskHeartbeatTimeout="NONE",
                               defaultTaskScheduleToStartTimeout="600", defaultTaskStartToCloseTimeout="600",
                               defaultTaskScheduleToCloseTimeout="1200")
run = swf.start_workflow_execution(domain=D, workflowId="job-1", workflowType={"name": "a-then-b", "version": "1"},
                                   input="in")


def decide(decision):
    task = swf.poll_for_decision_task(domain=D, taskList={"name": "decisions"}, identity="decider")
    if not task.get("taskToken"):
        sys.exit("no decision task")
    swf.respond_decision_task_completed(taskToken=task["taskToken"], decisions=[decision])


def schedule(activity_id, type_name, task_list, value):
    return {"decisionType": "ScheduleActivityTask", "scheduleActivityTaskDecisionAttributes": {
        "activityId": activity_id, "activityType": {"name": type_name, "version": "1"},
        "taskList": {"name": task_list}, "input": value}}


def work(task_list, letter):
    task = swf.poll_for_activity_task(domain=D, taskList={"name": task_list}, identity="server-" + task_list)
    if not task.get("taskToken"):
        sys.exit("no activity task on " + task_list)
    result = letter + "(" + task["input"] + ")"
    swf.respond_activity_task_completed(taskToken=task["taskToken"], result=result)
    return result


decide(schedule("A", "script-a", "a_tasks", "in"))
a = work("a_tasks", "A")
decide(schedule("B", "script-b", "b_tasks", a))
b = work("b_tasks", "B")
decide({"decisionType": "CompleteWorkflowExecution", "completeWorkflowExecutionDecisionAttributes": {"result": b}})

events = swf.get_workflow_execution_history(domain=D, execution={"workflowId": "job-1", "runId": run["runId"]})["events"]
last = events[-1]
if last["eventType"] != "WorkflowExecutionCompleted":
    sys.exit("last event is " + last["eventType"])
print("completed", last["workflowExecutionCompletedEventAttributes"]["result"])
