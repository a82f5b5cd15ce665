#!/usr/bin/env python3
"""Wall time of CLI commands against a running server, median of RUNS (5), next to `java -version`.

Usage: cli_wall.py SEED_DIR COMMAND... (e.g. examples/seed java -jar cli/target/swf-relay.jar)
Starts `COMMAND serve --port 0`, a decider and the two seed workers (a_tasks, b_tasks), registers
the seed workflow, runs one execution to completion, then times `list`, `register`, `history`
and `start --wait` (each must exit 0; every `start --wait` must print the execution completed).
One more run of each, with the JVM logging when it loads each class, splits its time into phases
(see PHASES). Side by side, interleaved (one of each per round, RUNS rounds, best and median):
`serve` from launch to its first 200 on /_relay/health, against its floor and `java -version`; and
`list --open` against its floor and the AWS CLI's `aws swf list-open-workflow-executions`, the same
listing (the domain's open executions started in the last 7 days, one call each) on the same server (the AWS CLI of AWS_CLI, else the first `aws` on PATH that is v2, else the first
`aws` on PATH; its path and version are printed).

The floors (cli_floors.py), bare programs on the product's stacks built against the fat jar FLOOR_JAR
(default cli/target/swf-relay.jar) and run as bin/swf-relay runs the product (its JVM flags, a static
class-data archive of their own): under `serve`, Netty's epoll server with its HTTP codec answering
every request (NettyFloor.java), timed from launch to its first 200 as `serve` is; under `list`, the
AWS SDK v2 building an SwfClient for the endpoint on the adapter's HTTP client and making one
ListOpenWorkflowExecutions (SdkFloor.java). Where
the java is not 17 or has no javac beside it, the floors are skipped and the JSON says why
(floors_skipped). Ratios: serve_over_netty_floor, list_over_sdk_floor, sdk_floor_over_aws_cli.
Prints the side-by-side figures as they come (stderr), then one JSON line.
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

import cli_floors

RUNS = int(os.environ.get("RUNS", 5))
DOMAIN = "swf-relay-seed"
FLOOR_JAR = os.environ.get("FLOOR_JAR") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "cli", "target", "swf-relay.jar")


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


def built_floors(folder, figures):
    """The floors (cli_floors.Floors) built in FOLDER, else None, with why in figures["floors_skipped"]."""
    java = cli_floors.launcher_java()
    why_not = cli_floors.unavailable(java, os.path.abspath(FLOOR_JAR))
    if why_not:
        print(f"floors skipped: {why_not}", file=sys.stderr)
        figures["floors_skipped"] = why_not
        return None
    return cli_floors.Floors(java, os.path.abspath(FLOOR_JAR), folder)


def over(numerator, denominator):
    """{"best", "median"}: the ratio of two side-by-side figures."""
    return {key: round(numerator[key] / denominator[key], 2) for key in ("best", "median")}


def report(title, rounds, ratios):
    """Prints one side-by-side comparison (stderr): each figure's best / median and the ratios."""
    walls = ", ".join(f"{name} {w['best']} / {w['median']}" for name, w in rounds.items())
    print(f"{title}, best / median ms: {walls}", file=sys.stderr)
    for name, ratio in ratios.items():
        print(f"  {name} {ratio['best']} / {ratio['median']}", file=sys.stderr)


def serve_figures(command, seed, floors):
    """`serve` from launch to its first answer, interleaved with the Netty floor's (when built) and `java -version`."""
    pairs = [("serve", lambda: serve_first_answer_ms(command))]
    if floors:
        netty = floors.netty(serve_first_answer_ms)
        pairs.append(("netty_floor", lambda: serve_first_answer_ms(netty)))
    pairs.append(("java_version", lambda: timed(["java", "-version"], seed)[0]))
    rounds = side_by_side(pairs)
    ratios = {"serve_over_netty_floor": over(rounds["serve"], rounds["netty_floor"])} if floors else {}
    report("serve to its first answer", rounds, ratios)
    return {"serve_first_answer_ms": rounds, **ratios}


def list_figures(list_argv, seed, endpoint, floors):
    """`list` interleaved with the SDK floor's listing (when built) and the AWS CLI's (when found)."""
    aws = aws_cli()
    if not aws and not floors:
        return {}
    pairs = [("swf_relay_list", lambda: timed(list_argv, seed)[0])]
    if floors:
        sdk = floors.sdk(endpoint, DOMAIN)
        pairs.append(("sdk_floor_list", lambda: timed(sdk, seed)[0]))
    if aws:
        print(f"AWS CLI: {aws} ({aws_cli_version(aws)})", file=sys.stderr)
        pairs.append(("aws_cli_list", aws_cli_listing(aws, endpoint)))
    rounds = side_by_side(pairs)
    ratios = {}
    if floors:
        ratios["list_over_sdk_floor"] = over(rounds["swf_relay_list"], rounds["sdk_floor_list"])
    if floors and aws:
        ratios["sdk_floor_over_aws_cli"] = over(rounds["sdk_floor_list"], rounds["aws_cli_list"])
    if not aws:
        report("list --open", rounds, ratios)
        return {"list_vs_sdk_floor_ms": rounds, **ratios}
    versus_aws = over(rounds["swf_relay_list"], rounds["aws_cli_list"])
    report("list --open", rounds, {"list_over_aws_cli": versus_aws, **ratios})
    rounds.update(aws_cli=aws_cli_version(aws), aws_cli_path=aws,
                  ratio_best=versus_aws["best"], ratio_median=versus_aws["median"])
    return {"list_vs_aws_cli_ms": rounds, **ratios}


def aws_cli_listing(aws, endpoint):
    """A function timing one `aws swf list-open-workflow-executions` of the domain (wall ms), dummy keys."""
    env = dict(os.environ, AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench",
               AWS_DEFAULT_REGION="us-east-1", AWS_PAGER="")
    argv = [aws, "swf", "list-open-workflow-executions", "--domain", DOMAIN,
            "--start-time-filter", f"oldestDate={int(time.time()) - 7 * 86400}", "--endpoint-url", endpoint]

    def run():
        started = time.monotonic()
        subprocess.run(argv, env=env, check=True, capture_output=True)
        return (time.monotonic() - started) * 1000
    return run


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
                command + ["worker"] + backend + ["--domain", DOMAIN, "--task-list", task_list, "--", script],
                cwd=seed, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        completed = [0]

        def must_complete(out):
            # exit 0 means the execution completed; its result is B's line, which quotes A's
            if "B ran" not in out or "A ran" not in out:
                raise SystemExit(f"start --wait printed no result of A then B: {out}")
            completed[0] += 1

        timed(command + ["start", "--wait", "--workflow-id", "bench-first"] + backend + workflow, seed)
        commands = {
            "list": command + ["list"] + backend + ["--domain", DOMAIN],
            "register": command + ["register"] + backend + workflow,
            "history": command + ["history"] + backend + ["--domain", DOMAIN, "bench-first"],
            "start_wait": command + ["start", "--wait"] + backend + workflow,
        }
        figures = {"java_version_ms": median_ms(["java", "-version"], seed)}  # wall and CPU ms of the process
        for name, argv in commands.items():
            figures[name + "_ms"] = median_ms(argv, seed, must_complete if name == "start_wait" else None)
        figures["phases_ms"] = {name: phases_ms(argv, seed) for name, argv in commands.items()}
        with tempfile.TemporaryDirectory() as folder:
            floors = built_floors(folder, figures)
            figures.update(serve_figures(command, seed, floors))
            figures.update(list_figures(commands["list"] + ["--open"], seed, endpoint, floors))
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
