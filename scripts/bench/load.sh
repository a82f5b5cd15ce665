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
cpfile="$root/integration-tests/target/bench-load.classpath"
mvn -B -q -o -pl integration-tests -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
  -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=runtime >&2
slf4j="$(sed -n 's:.*<slf4j.version>\(.*\)</slf4j.version>.*:\1:p' pom.xml)"
simple="${MAVEN_REPO:-$HOME/.m2/repository}/org/slf4j/slf4j-simple/$slf4j/slf4j-simple-$slf4j.jar"
cp="$root/integration-tests/target/classes:$(cat "$cpfile"):$simple"
exec java -Xms512m -Xmx1g -XX:+UseParallelGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
  dev.swfrelay.it.bench.load.LoadBench "$@"
