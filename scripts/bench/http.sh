#!/usr/bin/env bash
# HTTP benchmark of the emulator's server (not part of the tests).
# Usage: scripts/bench.sh http [WORKFLOWS [POLLERS [HANDOFF_SAMPLES [PARKED_POLLS]]]]
# Builds integration-tests and the modules it depends on (offline, no install), then runs
# dev.swfrelay.it.bench.http.HttpBench: A-then-B workflows/s over HTTP with core's runtimes on
# the AWS adapter (SDK v2), hand-off latency task scheduled -> parked HTTP poll answered,
# threads and RSS of a server process holding parked polls, and cold start to the first
# served request. The last line printed is one JSON object with the figures and parameters.
# SWF_RELAY_BENCH_MAIN runs another main class of integration-tests on the same class path (durable.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
. "$root/scripts/bench/it-classpath"
it_classpath http
exec java -Xms1g -Xmx1g -XX:+UseParallelGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
  "${SWF_RELAY_BENCH_MAIN:-dev.swfrelay.it.bench.http.HttpBench}" "$@"
