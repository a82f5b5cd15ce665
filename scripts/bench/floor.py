#!/usr/bin/env python3
"""The floor under server-cpu's trivial call: the same boto3 client (SigV4 on, one kept-alive
connection) calling CountPendingActivityTasks against NettyFloor.java, a Netty epoll server that
answers every request with one fixed answer and does nothing else; server CPU per call from
/proc/PID/stat, user and system, measured the way server_cpu.py measures the emulator.

Usage: floor.py JAR (the jar whose Netty the emulator serves with). Environment: WARMUP (calls
before measuring, 5000), TRIVIAL (calls measured, 5000). Prints one JSON line.
"""
import json
import os
import subprocess
import sys
import tempfile

import boto3

import server_cpu


def measure(jar, mode, warmup, count):
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "NettyFloor.java")
    command = ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dio.netty.leakDetection.level=disabled",
               "-cp", jar, source, mode]
    proc, endpoint, _ = server_cpu.start_server(command)
    try:
        swf = server_cpu.client(endpoint)
        for _ in range(warmup):
            swf.count_pending_activity_tasks(domain=server_cpu.DOMAIN, taskList={"name": "a_tasks"})
        return server_cpu.trivial_calls(swf, proc.pid, count)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def cold_over_warm(jar, calls, warmup):
    """The floor's own cold figure: its CPU from process start through its first `calls` trivial
    calls over the CPU of `calls` warm ones (after `warmup` more), as ratios.py measures the
    server's, and the same counted from its first answer (its start left out); NettyFloor is
    compiled first, so its start holds no compiling of its source."""
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "NettyFloor.java")
    with tempfile.TemporaryDirectory() as classes:
        subprocess.run(["javac", "-d", classes, "-cp", jar, source], check=True)
        command = ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dio.netty.leakDetection.level=disabled",
                   "-cp", jar + os.pathsep + classes, "NettyFloor", "http"]
        proc, endpoint, _ = server_cpu.start_server(command)
        try:
            swf = server_cpu.client(endpoint)
            ready = sum(server_cpu.process_cpu(proc.pid))

            def calls_cpu(count):
                for _ in range(count):
                    swf.count_pending_activity_tasks(domain=server_cpu.DOMAIN, taskList={"name": "a_tasks"})
                return sum(server_cpu.process_cpu(proc.pid))

            cold = calls_cpu(calls)
            before = calls_cpu(warmup)
            warm = calls_cpu(calls) - before
            return {"calls": calls, "cold_cpu_ms": round(cold * 1000), "warm_cpu_ms": round(warm * 1000),
                    "cold_over_warm": round(cold / warm, 2),
                    "cold_after_first_answer_over_warm": round((cold - ready) / warm, 2)}
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def main():
    jar = sys.argv[1]
    warmup, count = int(os.environ.get("WARMUP", 5000)), int(os.environ.get("TRIVIAL", 5000))
    print(json.dumps({
        "bench": "floor", "client": "boto3 " + boto3.__version__, "jvm_flags": "C1 only, SerialGC",
        "raw_epoll": measure(jar, "raw", warmup, count), "netty_http_codec": measure(jar, "http", warmup, count),
        "params": {"warmup": warmup, "trivial": count}, "loadavg": open("/proc/loadavg").read().split()[:3],
    }))


if __name__ == "__main__":
    main()
