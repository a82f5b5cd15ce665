#!/usr/bin/env bash
# Benchmark of serve --data (not part of the tests).
# Usage: scripts/bench.sh durable [WORKFLOWS [PER_COMMIT_WORKFLOWS [POLLERS [CLOSED [OPEN]]]]]
# Builds integration-tests and what it depends on (offline, no install), then runs
# dev.swfrelay.it.bench.durable.DurableBench: A-then-B workflows/s over HTTP in memory, with the
# journal (group commit, one sync per unit) and with the SQLite variant (the same two policies);
# the time to start on a store of CLOSED (10,000) finished and OPEN (1,000) running executions,
# and each store's size. The last line printed is one JSON object with the figures and parameters.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
cpfile="$root/integration-tests/target/bench-durable.classpath"
mvn -B -q -o -pl integration-tests -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
  -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=runtime >&2
slf4j="$(sed -n 's:.*<slf4j.version>\(.*\)</slf4j.version>.*:\1:p' pom.xml)"
simple="${MAVEN_REPO:-$HOME/.m2/repository}/org/slf4j/slf4j-simple/$slf4j/slf4j-simple-$slf4j.jar"
cp="$root/integration-tests/target/classes:$(cat "$cpfile"):$simple"
exec java -Xms1g -Xmx1g -XX:+UseParallelGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
  dev.swfrelay.it.bench.durable.DurableBench "$@"
