#!/usr/bin/env python3
"""Server CPU of a fresh `serve` process under a fixed A-then-B workload driven with boto3.

Usage: server_cpu.py SERVER_COMMAND... (e.g. java -jar cli/target/swf-relay.jar)
Environment: COLD (workflows counted from process start, 200), WARMUP (1000), WARM (1000),
TRIVIAL (CountPendingActivityTasks calls measured warm, 5000; server CPU per call, user and system).

The client is this process: boto3 with SigV4 (dummy static credentials), one kept-alive
connection, calls one after another. Each workflow is 11 SWF calls: start, three decision
polls and answers (schedule A; schedule B with A's result; complete), two activity polls and
completions. Every poll reads the whole history (all pages). After the measured windows each
workflow is described and must be closed COMPLETED, or the bench fails.
Server CPU is user + system from /proc/PID/stat; the per-thread split from
/proc/PID/task/*/stat, grouped by thread name. Prints one JSON line.
"""
import json
import os
import re
import subprocess
import sys
import time
import urllib.request
import uuid

import boto3
from botocore.config import Config

TICK = os.sysconf("SC_CLK_TCK")
DOMAIN = "bench-cpu"
WF = {"name": "a-then-b", "version": "1"}
STEPS = [({"name": "script-a", "version": "1"}, "a_tasks"), ({"name": "script-b", "version": "1"}, "b_tasks")]
CALLS_PER_WORKFLOW = 11


def stat_fields(path):
    with open(path) as f:
        text = f.read()
    name = text[text.index("(") + 1:text.rindex(")")]
    rest = text[text.rindex(")") + 2:].split()
    return name, (int(rest[11]), int(rest[12]))  # utime, stime (fields 14, 15)


def process_cpu(pid):
    _, (user, system) = stat_fields(f"/proc/{pid}/stat")
    return user / TICK, system / TICK


def thread_group(name):
    if re.match(r"C[12] CompilerThre|Compiler|Sweeper", name):
        return "jit_" + name[:2].lower() if name.startswith(("C1", "C2")) else "jit_other"
    if re.match(r"GC |G1 |VM Thread|VM Periodic|GC Thread", name):
        return "gc_vm"
    if name.startswith("swf-relay-io"):
        return "io"
    if name.startswith("swf-relay-acc"):
        return "accept"
    if name == "java":
        return "main"
    return "other"


def threads_cpu(pid):
    groups = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            name, (user, system) = stat_fields(f"/proc/{pid}/task/{tid}/stat")
        except (FileNotFoundError, ProcessLookupError):
            continue
        group = thread_group(name)
        groups[group] = groups.get(group, 0) + (user + system) / TICK
    return groups


def snapshot(pid):
    user, system = process_cpu(pid)
    return {"user": user, "system": system, "threads": threads_cpu(pid)}


def delta(after, before, workflows):
    calls = workflows * CALLS_PER_WORKFLOW
    cpu = (after["user"] - before["user"]) + (after["system"] - before["system"])
    split = {}
    for group in sorted(set(after["threads"]) | set(before["threads"])):
        ms = (after["threads"].get(group, 0) - before["threads"].get(group, 0)) * 1000
        split[group] = round(ms / workflows, 3)
    split["exited_threads"] = round(cpu * 1000 / workflows - sum(split.values()), 3)
    return {
        "workflows": workflows,
        "server_cpu_ms_per_workflow": round(cpu * 1000 / workflows, 3),
        "server_cpu_us_per_call": round(cpu * 1e6 / calls, 1),
        "kernel_share": round((after["system"] - before["system"]) / cpu, 3) if cpu else None,
        "ms_per_workflow_by_thread_group": split,
    }


def start_server(command):
    started = time.monotonic()
    proc = subprocess.Popen(command + ["serve", "--port", "0"], stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    match = re.search(r"(http://[0-9.]+:\d+)", line)
    if not match:
        raise SystemExit(f"serve printed no URL: {line!r}")
    endpoint = match.group(1)
    while True:
        try:
            urllib.request.urlopen(endpoint + "/_relay/health").read()
            break
        except OSError:
            time.sleep(0.005)
    return proc, endpoint, (time.monotonic() - started) * 1000


def client(endpoint):
    return boto3.client(
        "swf", endpoint_url=endpoint, region_name="us-east-1",
        aws_access_key_id="bench", aws_secret_access_key="bench-secret",
        config=Config(read_timeout=70, retries={"mode": "standard"}, max_pool_connections=1))


def register(swf):
    swf.register_domain(name=DOMAIN, workflowExecutionRetentionPeriodInDays="1")
    swf.register_workflow_type(
        domain=DOMAIN, name=WF["name"], version=WF["version"], defaultTaskList={"name": "decisions"},
        defaultExecutionStartToCloseTimeout="3600", defaultTaskStartToCloseTimeout="30",
        defaultChildPolicy="TERMINATE")
    for activity, task_list in STEPS:
        swf.register_activity_type(
            domain=DOMAIN, name=activity["name"], version=activity["version"],
            defaultTaskList={"name": task_list}, defaultTaskStartToCloseTimeout="600",
            defaultTaskScheduleToStartTimeout="600", defaultTaskScheduleToCloseTimeout="1200",
            defaultTaskHeartbeatTimeout="NONE")


def poll_decision(swf):
    task = swf.poll_for_decision_task(domain=DOMAIN, taskList={"name": "decisions"}, identity="bench-decider")
    events = list(task["events"])
    while task.get("nextPageToken"):
        task = swf.poll_for_decision_task(domain=DOMAIN, taskList={"name": "decisions"},
                                          identity="bench-decider", nextPageToken=task["nextPageToken"])
        events.extend(task["events"])
    if not task.get("taskToken"):
        raise SystemExit("a decision poll came back empty although a task was scheduled")
    return task["taskToken"], events


def decide(events):
    done = [e for e in events if e["eventType"] == "ActivityTaskCompleted"]
    if len(done) == len(STEPS):
        return {"decisionType": "CompleteWorkflowExecution",
                "completeWorkflowExecutionDecisionAttributes": {"result": done[-1]["activityTaskCompletedEventAttributes"]["result"]}}
    activity, task_list = STEPS[len(done)]
    previous = done[-1]["activityTaskCompletedEventAttributes"]["result"] if done else events[0][
        "workflowExecutionStartedEventAttributes"]["input"]
    return {"decisionType": "ScheduleActivityTask", "scheduleActivityTaskDecisionAttributes": {
        "activityType": activity, "activityId": f"step-{len(done)}", "taskList": {"name": task_list},
        "input": previous}}


def one_workflow(swf, workflow_id):
    swf.start_workflow_execution(domain=DOMAIN, workflowId=workflow_id, workflowType=WF, input="seed")
    for step in range(len(STEPS) + 1):
        token, events = poll_decision(swf)
        swf.respond_decision_task_completed(taskToken=token, decisions=[decide(events)])
        if step == len(STEPS):
            return
        task = swf.poll_for_activity_task(domain=DOMAIN, taskList={"name": STEPS[step][1]}, identity="bench-worker")
        if not task.get("taskToken"):
            raise SystemExit("an activity poll came back empty although a task was scheduled")
        swf.respond_activity_task_completed(taskToken=task["taskToken"], result=task["input"] + f"+{step}")


def run(swf, count, prefix, ids):
    for i in range(count):
        workflow_id = f"{prefix}-{i}-{uuid.uuid4().hex[:8]}"
        one_workflow(swf, workflow_id)
        ids.append(workflow_id)


def trivial_calls(swf, pid, count):
    """Server CPU of `count` CountPendingActivityTasks calls on the client's one kept-alive connection."""
    before = process_cpu(pid)
    for _ in range(count):
        swf.count_pending_activity_tasks(domain=DOMAIN, taskList={"name": "a_tasks"})
    after = process_cpu(pid)
    user, system = after[0] - before[0], after[1] - before[1]
    return {
        "trivial_call_us": round((user + system) * 1e6 / count, 1),
        "trivial_user_us": round(user * 1e6 / count, 1),
        "trivial_system_us": round(system * 1e6 / count, 1),
        "trivial_kernel_share": round(system / (user + system), 3) if user + system else None,
    }


def check_all_complete(swf, ids):
    for workflow_id in ids:
        runs = swf.list_closed_workflow_executions(
            domain=DOMAIN, startTimeFilter={"oldestDate": 0}, executionFilter={"workflowId": workflow_id})
        infos = runs["executionInfos"]
        if len(infos) != 1 or infos[0].get("closeStatus") != "COMPLETED":
            raise SystemExit(f"workflow {workflow_id} is not closed COMPLETED exactly once: {infos}")


def measure(command, cold, warmup, warm, trivial):
    """A fresh server: `cold` workflows from its start, `warmup` more, `warm` measured, then `trivial` calls."""
    proc, endpoint, ready_ms = start_server(command)
    pid = proc.pid
    try:
        at_first_answer = snapshot(pid)
        swf = client(endpoint)
        ids = []
        register(swf)
        run(swf, cold, "cold", ids)
        after_cold = snapshot(pid)
        cold_figures = delta(after_cold, {"user": 0, "system": 0, "threads": {}}, cold)
        cold_after_first_answer = delta(after_cold, at_first_answer, cold)
        run(swf, warmup, "warmup", ids)
        before = snapshot(pid)
        run(swf, warm, "warm", ids)
        warm_figures = delta(snapshot(pid), before, warm)
        trivial_figures = trivial_calls(swf, pid, trivial)
        check_all_complete(swf, ids)
        return {
            "start_to_first_answer_ms": round(ready_ms),
            "cold_from_process_start": cold_figures, "cold_after_first_answer": cold_after_first_answer,
            "warm": warm_figures,
            **trivial_figures,
            "calls_per_workflow": CALLS_PER_WORKFLOW, "workflows_checked_complete": len(ids),
        }
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main():
    command = sys.argv[1:]
    cold, warmup, warm = (int(os.environ.get(k, d)) for k, d in (("COLD", 200), ("WARMUP", 1000), ("WARM", 1000)))
    trivial = int(os.environ.get("TRIVIAL", 5000))
    figures = measure(command, cold, warmup, warm, trivial)
    print(json.dumps({
        "bench": "server-cpu", "server_command": " ".join(command), "client": "boto3 " + boto3.__version__,
        **figures,
        "params": {"cold": cold, "warmup": warmup, "warm": warm, "trivial": trivial},
        "loadavg": open("/proc/loadavg").read().split()[:3],
    }))


if __name__ == "__main__":
    main()
