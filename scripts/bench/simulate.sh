#!/usr/bin/env bash
# Simulation benchmark: simulated A-then-B runs (the Pipeline with retries, stub handlers) per
# second under the standard fault profile, on one thread, and the bytes allocated per run.
# Usage: scripts/bench.sh simulate [SEEDS [WARMUP_SEEDS]]   (defaults 20000 and 5000)
# Builds the simulation module and what it depends on (offline, no install), then runs
# dev.swfrelay.simulation.bench.SimulationBench from its test classes. runs_per_s is wall time;
# runs_per_cpu_s divides by the simulation thread's CPU time, the figure to compare on a machine
# shared with other work (load_average says how shared). The last line is one JSON object.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q -o -pl simulation -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test >&2
cp="$root/simulation/target/test-classes:$root/simulation/target/classes:$(cat "$root/simulation/target/classpath.txt")"
exec java -Xms1g -Xmx1g -XX:+UseParallelGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
  dev.swfrelay.simulation.bench.SimulationBench "$@"
