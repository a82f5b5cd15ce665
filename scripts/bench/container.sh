#!/usr/bin/env bash
# The Docker image (not part of the tests).
# Usage: scripts/bench.sh container [--throughput [WORKFLOWS [POLLERS]]]   environment: RUNS (7)
# Builds the jar and the image (scripts/docker-images.sh), then measures: the image's size (and its
# jlink runtime's modules); `docker run` to the first 200 on /_relay/health next to
# `docker run --rm --entrypoint /bin/true` of the same image, interleaved, best and median of RUNS
# (container_start.py). With --throughput also: cold start of the plain jar on the image's JVM flags
# (median of 5), idle RSS of the container's JVM and of the jar, and A-then-B workflows/s through
# the container's published port and through the plain jar (EndpointBench on SDK v2).
# The last line printed is one JSON object.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
image="${SWF_RELAY_IMAGE:-swf-relay:latest}"
runs="${RUNS:-7}"
if [ "${1:-}" != "--throughput" ]; then
  mvn -B -q -o -pl cli -am package -DskipTests >&2
  scripts/docker-images.sh >&2
  start="$(python3 scripts/bench/container_start.py "$image" "$runs" | tail -1)"
  size="$(docker image inspect -f '{{.Size}}' "$image")"
  modules="$(docker run --rm --entrypoint /opt/swf-relay/java/bin/java "$image" --list-modules | sed 's/@.*//' | paste -sd, -)"
  printf '{"bench": "container", "image": "%s", "image_bytes": %s, %s, "runtime_modules": "%s", "loadavg_1m": "%s"}\n' \
    "$image" "$size" "$(sed 's/^{//; s/}$//' <<<"$start")" "$modules" "$(cut -d' ' -f1 /proc/loadavg)"
  exit 0
fi
workflows="${2:-2000}"
pollers="${3:-8}"
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
cpfile="$root/integration-tests/target/bench-http.classpath"
mvn -B -q -pl integration-tests -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
  -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=runtime >&2
scripts/docker-images.sh >&2
slf4j="$(sed -n 's:.*<slf4j.version>\(.*\)</slf4j.version>.*:\1:p' pom.xml)"
cp="$root/integration-tests/target/classes:$(cat "$cpfile"):${MAVEN_REPO:-$HOME/.m2/repository}/org/slf4j/slf4j-simple/$slf4j/slf4j-simple-$slf4j.jar"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
healthy_after() { # PORT START_MS -> ms until /_relay/health answers 200
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/_relay/health" 2>/dev/null)" = 200 ]; do sleep 0.01; done
  echo $(( $(now_ms) - $2 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

container_starts=(); jar_starts=()
for _ in 1 2 3 4 5; do
  port="$(free_port)"; t0="$(now_ms)"
  id="$(docker run -d -p "127.0.0.1:$port:8080" "$image")"
  container_starts+=("$(healthy_after "$port" "$t0")")
  docker rm -f "$id" >/dev/null
  port="$(free_port)"; t0="$(now_ms)"
  java "${flags[@]}" -jar cli/target/swf-relay.jar serve --port "$port" >/dev/null 2>&1 & pid=$!
  jar_starts+=("$(healthy_after "$port" "$t0")")
  kill -TERM "$pid"; wait "$pid" || true
done
cold_container="$(printf '%s\n' "${container_starts[@]}" | median)"
cold_jar="$(printf '%s\n' "${jar_starts[@]}" | median)"

port="$(free_port)"
id="$(docker run -d -p "127.0.0.1:$port:8080" -e SWF_RELAY_POLL_HOLD=5s "$image")"
healthy_after "$port" "$(now_ms)" >/dev/null
sleep 2
host_pid="$(docker inspect -f '{{.State.Pid}}' "$id")"
idle_rss_kb="$(awk '/VmRSS/ {print $2}' "/proc/$host_pid/status")"
through_container="$(java -Xms512m -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
  dev.swfrelay.it.bench.http.EndpointBench "http://127.0.0.1:$port" "$workflows" "$pollers" | tail -1)"
docker rm -f "$id" >/dev/null

port="$(free_port)"
java "${flags[@]}" -jar cli/target/swf-relay.jar serve --port "$port" --poll-hold 5s >/dev/null 2>&1 & pid=$!
healthy_after "$port" "$(now_ms)" >/dev/null
sleep 2
jar_idle_rss_kb="$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")"
through_jar="$(java -Xms512m -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
  dev.swfrelay.it.bench.http.EndpointBench "http://127.0.0.1:$port" "$workflows" "$pollers" | tail -1)"
kill -TERM "$pid"; wait "$pid" || true

size="$(docker image inspect -f '{{.Size}}' "$image")"
wps() { sed -n 's/.*"workflows_per_s": \([0-9]*\).*/\1/p'; }
printf '{"image": "%s", "image_bytes": %s, "cold_start_to_healthy_ms": %s, "jar_cold_start_to_healthy_ms": %s, "idle_rss_bytes": %s, "jar_idle_rss_bytes": %s, "container_workflows_per_s": %s, "jar_workflows_per_s": %s, "workflows": %s, "pollers_per_task_list": %s, "jvm_flags": "%s", "loadavg_1m": "%s"}\n' \
  "$image" "$size" "$cold_container" "$cold_jar" "$((idle_rss_kb * 1024))" "$((jar_idle_rss_kb * 1024))" \
  "$(echo "$through_container" | wps)" "$(echo "$through_jar" | wps)" "$workflows" "$pollers" "${flags[*]}" \
  "$(cut -d' ' -f1 /proc/loadavg)"
