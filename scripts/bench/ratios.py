#!/usr/bin/env python3
"""Our server against the floor, in one run, interleaved: the ratios issue 22 sets goals for.

Usage: ratios.py FLOOR_JAR NAME=SERVER [NAME=SERVER ...]
  FLOOR_JAR: the jar whose Netty NettyFloor.java runs on (floor.py); SERVER: the launcher
  (…/bin/swf-relay) or a jar (run with java -jar) of a build to measure, NAME its label
  (ratios.sh gives the short commit id or "tree").
Environment: ROUNDS (2), COLD (200), WARMUP (1000), WARM (1000), TRIVIAL (5000),
  FLOOR_WARMUP (5000).

Each round measures, one after another on the same machine: the floor (Netty's HTTP codec
answering one fixed answer), then each server fresh (server_cpu.measure: COLD workflows from
its start, WARMUP, WARM measured, then TRIVIAL CountPendingActivityTasks calls, boto3 with
SigV4, one kept-alive connection). Every figure is the best (lowest) of the rounds. Ratios:
  trivial_over_floor = server CPU per trivial call / the floor's (goal <= 1.10)
  cold_over_warm     = server CPU per workflow over the first COLD / over warm ones (goal <= 2)
  cold_after_first_answer_over_warm = the same with the process's start left out (counted from
                       its first answer)
For reference, the floor's own cold figures, measured the same way in each round: its CPU from
process start (and from its first answer) through as many trivial calls as COLD workflows make
(11 each) over the CPU of as many warm ones (floor_cold_over_warm, and
floor_cold_after_first_answer_over_warm): what a JVM server that only answers pays for being new.
Prints one line per measurement as it goes (stderr) and one JSON line at the end.
"""
import json
import os
import sys

import boto3

import floor
import server_cpu


def command_of(server):
    return ["java", "-jar", server] if server.endswith(".jar") else [server]


def main():
    floor_jar, servers = sys.argv[1], [arg.split("=", 1) for arg in sys.argv[2:]]
    if not servers or any(len(s) != 2 for s in servers):
        raise SystemExit(__doc__)
    env = {k: int(os.environ.get(k, d)) for k, d in
           (("ROUNDS", 2), ("COLD", 200), ("WARMUP", 1000), ("WARM", 1000), ("TRIVIAL", 5000), ("FLOOR_WARMUP", 5000))}
    floors, floor_colds, runs = [], [], {name: [] for name, _ in servers}
    for round_ in range(env["ROUNDS"]):
        floors.append(floor.measure(floor_jar, "http", env["FLOOR_WARMUP"], env["TRIVIAL"])["trivial_call_us"])
        print(f"round {round_ + 1}: floor {floors[-1]} us per call", file=sys.stderr)
        floor_colds.append(floor.cold_over_warm(floor_jar, env["COLD"] * server_cpu.CALLS_PER_WORKFLOW,
                                                env["FLOOR_WARMUP"]))
        print(f"round {round_ + 1}: floor from its start {floor_colds[-1]}", file=sys.stderr)
        for name, server in servers:
            figures = server_cpu.measure(command_of(server), env["COLD"], env["WARMUP"], env["WARM"], env["TRIVIAL"])
            runs[name].append({
                "trivial_us": figures["trivial_call_us"],
                "cold_ms_per_workflow": figures["cold_from_process_start"]["server_cpu_ms_per_workflow"],
                "cold_after_first_answer_ms_per_workflow":
                    figures["cold_after_first_answer"]["server_cpu_ms_per_workflow"],
                "warm_ms_per_workflow": figures["warm"]["server_cpu_ms_per_workflow"],
            })
            print(f"round {round_ + 1}: {name} {runs[name][-1]}", file=sys.stderr)
    best_floor = min(floors)
    results = {}
    for name, server in servers:
        best = {key: min(run[key] for run in runs[name]) for key in runs[name][0]}
        results[name] = {
            "server": server, **best, "floor_us": best_floor,
            "trivial_over_floor": round(best["trivial_us"] / best_floor, 2),
            "cold_over_warm": round(best["cold_ms_per_workflow"] / best["warm_ms_per_workflow"], 2),
            "cold_after_first_answer_over_warm": round(
                best["cold_after_first_answer_ms_per_workflow"] / best["warm_ms_per_workflow"], 2),
            "rounds": runs[name],
        }
    print(json.dumps({
        "bench": "ratios", "client": "boto3 " + boto3.__version__, "floor": "Netty HTTP codec, C1 only, SerialGC",
        "floor_rounds_us": floors,
        "floor_cold_over_warm": min(f["cold_over_warm"] for f in floor_colds),
        "floor_cold_after_first_answer_over_warm": min(f["cold_after_first_answer_over_warm"] for f in floor_colds),
        "floor_cold_rounds": floor_colds,
        "servers": results, "goals": {"trivial_over_floor": 1.10, "cold_over_warm": 2.0},
        "params": env, "loadavg": open("/proc/loadavg").read().split()[:3],
    }))


if __name__ == "__main__":
    main()
