#!/usr/bin/env bash
# Benchmark of serve --data (not part of the tests).
# Usage: scripts/bench.sh durable [WORKFLOWS [PER_COMMIT_WORKFLOWS [POLLERS [CLOSED [OPEN]]]]]
# Builds integration-tests and what it depends on (offline, no install), then runs
# dev.swfrelay.it.bench.durable.DurableBench: A-then-B workflows/s over HTTP in memory, with the
# journal (group commit, one sync per unit) and with the SQLite variant (the same two policies);
# the time to start on a store of CLOSED (10,000) finished and OPEN (1,000) running executions,
# and each store's size. The last line printed is one JSON object with the figures and parameters.
set -euo pipefail
SWF_RELAY_BENCH_MAIN=dev.swfrelay.it.bench.durable.DurableBench exec bash "$(dirname "$0")/http.sh" "$@"
