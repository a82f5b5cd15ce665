#!/usr/bin/env bash
# Server CPU of a fresh `serve` process under a fixed A-then-B workload (not part of the tests).
# Usage: scripts/bench.sh server-cpu [SERVER_COMMAND...]
#   default SERVER_COMMAND: the launcher cli/target/dist/bin/swf-relay when the build made it,
#   else java -jar cli/target/swf-relay.jar; e.g. `scripts/bench.sh server-cpu java -jar cli/target/swf-relay.jar`
#   measures the plain jar. Environment: COLD, WARMUP, WARM (workflows), TRIVIAL (calls).
# Builds the cli module and what it depends on (offline, no install), then runs server_cpu.py:
# a boto3 client process (SigV4 on) drives A-then-B workflows one after another; the server's
# CPU (user + system, /proc/PID/stat) per workflow and per call, cold (from process start) and
# warm (after a warm-up), split by thread group (/proc/PID/task/*/stat), and the CPU of a
# trivial call (CountPendingActivityTasks). Every workflow is checked closed COMPLETED.
# The last line printed is one JSON object.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q -o -pl cli -am package -DskipTests >&2
if [ "$#" -eq 0 ]; then
  if [ -x cli/target/dist/bin/swf-relay ]; then set -- cli/target/dist/bin/swf-relay; else set -- java -jar cli/target/swf-relay.jar; fi
fi
exec python3 "$root/scripts/bench/server_cpu.py" "$@"
