#!/usr/bin/env bash
# Load benchmark of the emulator's server over HTTP (not part of the tests).
# Usage: scripts/bench.sh load [EXECUTIONS [ACTIVITIES_PER_EXECUTION [POLLERS [DECIDERS]]]]
# The workload of ActivityFloodOverHttpIT: EXECUTIONS executions (100) each schedule
# ACTIVITIES_PER_EXECUTION activities (100) in one decision on one task list; POLLERS (64)
# SDK v2 clients, one connection each, poll and complete them while DECIDERS (4) close the
# executions. One warm-up run (10 activities each), then the measured one. Builds
# integration-tests and what it depends on (offline, no install); the last line printed is
# one JSON object: tasks/s, p50/p99 of the polls that brought a task, errors answered, loadavg.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
. "$root/scripts/bench/it-classpath"
it_classpath load
exec java -Xms512m -Xmx1g -XX:+UseParallelGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
  dev.swfrelay.it.bench.load.LoadBench "$@"
