#!/usr/bin/env python3
"""Wall time of CLI commands against a running server, median of RUNS (5), next to `java -version`.

Usage: cli_wall.py SEED_DIR COMMAND... (e.g. examples/seed java -jar cli/target/swf-relay.jar)
Starts `COMMAND serve --port 0`, a decider and the two seed workers (a_tasks, b_tasks), registers
the seed workflow, runs one execution to completion, then times `list`, `register`, `history`
and `start --wait` (each must exit 0; every `start --wait` must print the execution completed).
One more run of each, with the JVM logging when it loads each class, splits its time into phases
(see PHASES). Side by side, interleaved (one of each per round, RUNS rounds, best and median):
`serve` from launch to its first 200 on /_relay/health (against `java -version`), and `list` against
the AWS CLI's `aws swf list-open-workflow-executions` of the same domain on the same server (the AWS CLI
of AWS_CLI, else the first `aws` on PATH that is v2, else the first `aws` on PATH; its path and version are
printed). Prints one JSON line.
"""
import http.client
import json
import os
import shutil
import socket
import re
import resource
import statistics
import subprocess
import sys
import tempfile
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


# (phase, the class whose loading ends it): the JVM's uptime when each is first loaded
PHASES = [
    ("jvm", "dev.swfrelay.cli.Main"),                                        # JVM start to main
    ("picocli", "picocli.CommandLine$ParseResult$GroupValidationResult"),    # model built, arguments parsed
    ("command", "dev.swfrelay.aws.AwsSwf"),                                  # e.g. the workflow file read
    ("sdk_client", "dev.swfrelay.aws.SdkFields"),                            # the SDK client built
    ("first_request", "sun.net.www.protocol.http.HttpURLConnection"),        # marshalled, signed, connecting
    ("first_answer", "sun.net.www.protocol.http.HttpURLConnection$HttpInputStream"),  # sent, answer read
    ("rest", None),                                                          # more calls, output, to exit
]


def phases_ms(argv, cwd):
    """One run with -Xlog:class+load (itself some ms): the ms each phase of PHASES took."""
    with tempfile.NamedTemporaryFile(suffix=".log") as log:
        flag = f"-Xlog:class+load=info:file={log.name}:uptime"
        env = dict(os.environ)
        if os.path.basename(argv[0]) == "java":
            argv = [argv[0], flag] + argv[1:]
        else:  # the launcher appends SWF_RELAY_JAVA_OPTS to its flags
            env["SWF_RELAY_JAVA_OPTS"] = (env.get("SWF_RELAY_JAVA_OPTS", "") + " " + flag).strip()
        subprocess.run(argv, cwd=cwd, env=env, capture_output=True, check=True)
        loaded, last = {}, 0.0
        for line in open(log.name):
            match = re.match(r"\[(\d+\.\d+)s\] (\S+) ", line)
            if match:
                last = float(match.group(1)) * 1000  # the last class loaded: near the exit
                loaded.setdefault(match.group(2), last)
    loaded[None] = last
    result, before = {}, 0.0
    for phase, marker in PHASES:
        if marker in loaded and loaded[marker] >= before:
            result[phase] = round(loaded[marker] - before)
            before = loaded[marker]
    return result


def serve_first_answer_ms(command):
    """Wall ms from launching `COMMAND serve` to its first 200 on /_relay/health (polled every 2 ms)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = time.monotonic()
    server = subprocess.Popen(command + ["serve", "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
                conn.request("GET", "/_relay/health")
                if conn.getresponse().status == 200:
                    return (time.monotonic() - started) * 1000
            except (OSError, http.client.HTTPException):
                pass
            if server.poll() is not None or time.monotonic() - started > 60:
                raise SystemExit(f"{' '.join(command)} serve gave no healthy answer")
            time.sleep(0.002)
    finally:
        server.terminate()
        server.wait(timeout=15)


def side_by_side(pairs):
    """{name: {"best", "median"}} of wall ms for each (name, function) pair, run interleaved RUNS times."""
    walls = {name: [] for name, _ in pairs}
    for _ in range(RUNS):
        for name, run in pairs:
            walls[name].append(run())
    return {name: {"best": round(min(w)), "median": round(statistics.median(w))} for name, w in walls.items()}


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


def aws_cli_version(aws):
    """What `AWS --version` prints, e.g. aws-cli/2.9.19 Python/3.11.2 ..."""
    try:
        version = subprocess.run([aws, "--version"], capture_output=True, text=True, timeout=60)
    except OSError:
        return ""
    return (version.stdout or version.stderr).strip()


def aws_cli():
    """The AWS CLI to compare with: $AWS_CLI, else the first `aws` on PATH that is v2, else PATH's `aws` (or None)."""
    chosen = os.environ.get("AWS_CLI")
    if chosen:
        return shutil.which(chosen) or chosen
    found = []
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        candidate = os.path.join(folder or ".", "aws")
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK) \
                and os.path.realpath(candidate) not in map(os.path.realpath, found):
            found.append(candidate)
    for candidate in found:
        if aws_cli_version(candidate).startswith("aws-cli/2"):
            return candidate
    return found[0] if found else None


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
        commands = {
            "list": command + ["list"] + backend + ["--domain", "swf-relay-seed"],
            "register": command + ["register"] + backend + workflow,
            "history": command + ["history"] + backend + ["--domain", "swf-relay-seed", "bench-first"],
            "start_wait": command + ["start", "--wait"] + backend + workflow,
        }
        figures = {"java_version_ms": median_ms(["java", "-version"], seed)}  # wall and CPU ms of the process
        for name, argv in commands.items():
            figures[name + "_ms"] = median_ms(argv, seed, must_complete if name == "start_wait" else None)
        figures["phases_ms"] = {name: phases_ms(argv, seed) for name, argv in commands.items()}
        figures["serve_first_answer_ms"] = side_by_side([
            ("serve", lambda: serve_first_answer_ms(command)),
            ("java_version", lambda: timed(["java", "-version"], seed)[0])])
        aws = aws_cli()
        if aws:
            print(f"AWS CLI: {aws} ({aws_cli_version(aws)})", file=sys.stderr)
            env = dict(os.environ, AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench",
                       AWS_DEFAULT_REGION="us-east-1", AWS_PAGER="")
            aws_list = [aws, "swf", "list-open-workflow-executions", "--domain", "swf-relay-seed",
                        "--start-time-filter", "oldestDate=0", "--endpoint-url", endpoint]

            def run_aws():
                started = time.monotonic()
                subprocess.run(aws_list, env=env, check=True, capture_output=True)
                return (time.monotonic() - started) * 1000
            versus = side_by_side([("swf_relay_list", lambda: timed(commands["list"], seed)[0]),
                                   ("aws_cli_list", run_aws)])
            versus["aws_cli"] = aws_cli_version(aws)
            versus["aws_cli_path"] = aws
            versus["ratio_best"] = round(versus["swf_relay_list"]["best"] / versus["aws_cli_list"]["best"], 2)
            versus["ratio_median"] = round(versus["swf_relay_list"]["median"] / versus["aws_cli_list"]["median"], 2)
            figures["list_vs_aws_cli_ms"] = versus
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
