#!/usr/bin/env bash
# Soak of serve --data (not part of the tests): does a long-lived durable server stay flat?
# Usage: scripts/bench.sh soak [BLOCKS [WORKFLOWS_PER_BLOCK [POLLERS]]]   (default 10 blocks of 20,000, 8 pollers;
#   e.g. `scripts/bench.sh soak 5 2000` for a short run)
# Builds integration-tests and what it depends on (offline, no install), then runs
# dev.swfrelay.it.bench.durable.SoakBench: one `serve --data` process (a child JVM, -Xmx2g), the bench domain with
# 1-day retention, A-then-B workflows over HTTP in blocks, the virtual clock moved 2 days after each block
# (/_relay/clock) and the snapshot that follows waited for. One JSON line per block (disk bytes of journal and
# snapshots, RSS, heap after a full GC by jcmd, workflows/s); the last line: kill -9, restart time, and whether the
# open runs and a held decision task token survived.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
. "$root/scripts/bench/it-classpath"
it_classpath soak
exec java -Xms512m -Xmx1g -XX:+UseParallelGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
  dev.swfrelay.it.bench.durable.SoakBench "$@"
