#!/usr/bin/env bash
# In-process benchmark of the emulator engine with core's real runtimes (not part of the tests).
# Usage: scripts/bench.sh in-process [WORKFLOWS [POLLERS [HANDOFF_SAMPLES [OPEN_EXECUTIONS]]]]
# Builds integration-tests and the modules it depends on (offline, no install), then runs
# dev.swfrelay.it.bench.inprocess.InProcessBench on core + emulator + slf4j. The last line
# printed is one JSON object with the figures and the parameters used.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q -o -pl integration-tests -am package -DskipTests >&2
slf4j="$(sed -n 's:.*<slf4j.version>\(.*\)</slf4j.version>.*:\1:p' pom.xml)"
repo="${MAVEN_REPO:-$HOME/.m2/repository}/org/slf4j"
cp="$root/integration-tests/target/classes:$root/emulator/target/classes:$root/core/target/classes"
cp="$cp:$repo/slf4j-api/$slf4j/slf4j-api-$slf4j.jar:$repo/slf4j-simple/$slf4j/slf4j-simple-$slf4j.jar"
exec java -Xms2g -Xmx2g -XX:+UseParallelGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
  dev.swfrelay.it.bench.inprocess.InProcessBench "$@"
