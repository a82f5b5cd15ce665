#!/usr/bin/env bash
# What checking SigV4 costs a request on a guarded server (not part of the tests).
# Usage: scripts/bench.sh sigv4 [CALLS_PER_ROUND [ROUNDS]]
# Builds integration-tests and the modules it depends on (offline, no install), then runs
# dev.swfrelay.it.bench.sigv4.SigV4Bench: one SDK v2 client against an open and a guarded
# server in one JVM, alternating rounds; the last line printed is one JSON object.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
cpfile="$root/integration-tests/target/bench-sigv4.classpath"
mvn -B -q -o -pl integration-tests -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
  -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=runtime >&2
slf4j="$(sed -n 's:.*<slf4j.version>\(.*\)</slf4j.version>.*:\1:p' pom.xml)"
simple="${MAVEN_REPO:-$HOME/.m2/repository}/org/slf4j/slf4j-simple/$slf4j/slf4j-simple-$slf4j.jar"
cp="$root/integration-tests/target/classes:$(cat "$cpfile"):$simple"
exec java -Xms1g -Xmx1g -XX:+UseParallelGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
  dev.swfrelay.it.bench.sigv4.SigV4Bench "$@"
