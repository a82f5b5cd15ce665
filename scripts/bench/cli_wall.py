#!/usr/bin/env python3
"""Wall time of CLI commands against a running server, median of RUNS (5), next to `java -version`.

Usage: cli_wall.py SEED_DIR COMMAND... (e.g. examples/seed java -jar cli/target/swf-relay.jar)
Starts `COMMAND serve --port 0`, a decider and the two seed workers (a_tasks, b_tasks), registers
the seed workflow, runs one execution to completion, then times `list`, `register`, `history`
and `start --wait` (each must exit 0; every `start --wait` must print the execution completed).
Prints one JSON line.
"""
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time

RUNS = int(os.environ.get("RUNS", 5))


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(argv, cwd):
    """Wall time and CPU time (user + system, less sensitive to a loaded machine) of one run, in ms."""
    cpu_before, started = children_cpu(), time.monotonic()
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True)
    elapsed, cpu = (time.monotonic() - started) * 1000, (children_cpu() - cpu_before) * 1000
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {done.returncode}: {done.stdout}{done.stderr}")
    return elapsed, cpu, done.stdout


def median_ms(argv, cwd, check=None):
    """{"wall": median wall ms, "cpu": median CPU ms} over RUNS runs."""
    walls, cpus = [], []
    for _ in range(RUNS):
        elapsed, cpu, out = timed(argv, cwd)
        if check:
            check(out)
        walls.append(elapsed)
        cpus.append(cpu)
    return {"wall": round(statistics.median(walls)), "cpu": round(statistics.median(cpus))}


def main():
    seed, command = os.path.abspath(sys.argv[1]), sys.argv[2:]
    server = subprocess.Popen(command + ["serve", "--port", "0"], stdout=subprocess.PIPE, text=True)
    helpers = []
    try:
        endpoint = re.search(r"(http://[0-9.]+:\d+)", server.stdout.readline()).group(1)
        backend = ["--endpoint", endpoint]
        workflow = ["--workflow", os.path.join(seed, "workflow.json")]
        timed(command + ["register"] + backend + workflow, seed)
        helpers.append(subprocess.Popen(command + ["decider"] + backend + workflow, cwd=seed,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        for task_list, script in (("a_tasks", "./script-a.sh"), ("b_tasks", "./script-b.sh")):
            helpers.append(subprocess.Popen(
                command + ["worker"] + backend + ["--domain", "swf-relay-seed", "--task-list", task_list, "--", script],
                cwd=seed, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        completed = [0]

        def must_complete(out):
            # exit 0 means the execution completed; its result is B's line, which quotes A's
            if "B ran" not in out or "A ran" not in out:
                raise SystemExit(f"start --wait printed no result of A then B: {out}")
            completed[0] += 1

        timed(command + ["start", "--wait", "--workflow-id", "bench-first"] + backend + workflow, seed)
        figures = {  # wall and CPU ms of the command's process (the JVM)
            "java_version_ms": median_ms(["java", "-version"], seed),
            "list_ms": median_ms(command + ["list"] + backend + ["--domain", "swf-relay-seed"], seed),
            "register_ms": median_ms(command + ["register"] + backend + workflow, seed),
            "history_ms": median_ms(command + ["history"] + backend + ["--domain", "swf-relay-seed", "bench-first"], seed),
            "start_wait_ms": median_ms(command + ["start", "--wait"] + backend + workflow, seed, must_complete),
        }
        print(json.dumps({"bench": "cli", "command": " ".join(command), "runs": RUNS, **figures,
                          "start_wait_completed": completed[0],
                          "loadavg": open("/proc/loadavg").read().split()[:3]}))
    finally:
        for process in helpers + [server]:
            process.terminate()
        for process in helpers + [server]:
            process.wait(timeout=15)


if __name__ == "__main__":
    main()
