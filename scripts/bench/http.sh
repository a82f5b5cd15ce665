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
cpfile="$root/integration-tests/target/bench-http.classpath"
mvn -B -q -o -pl integration-tests -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
  -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=runtime >&2
slf4j="$(sed -n 's:.*<slf4j.version>\(.*\)</slf4j.version>.*:\1:p' pom.xml)"
simple="${MAVEN_REPO:-$HOME/.m2/repository}/org/slf4j/slf4j-simple/$slf4j/slf4j-simple-$slf4j.jar"
cp="$root/integration-tests/target/classes:$(cat "$cpfile"):$simple"
exec java -Xms1g -Xmx1g -XX:+UseParallelGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
  "${SWF_RELAY_BENCH_MAIN:-dev.swfrelay.it.bench.http.HttpBench}" "$@"
