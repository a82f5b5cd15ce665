#!/bin/bash
# Build stage: the static class-data archive /opt/swf-relay/swf-relay.jsa (as the launcher's, ADR 0005
# and 0014): a training `serve` on the jlink runtime, with the entry point's flags, answers a health
# probe and a few SWF calls and stops on SIGTERM, listing the classes it loaded; -Xshare:dump then
# writes them (JDK's and the jar's, picocli's Java 5 classes included) into one archive that every
# container start maps instead of loading, parsing and verifying them. Made at the jar's final path
# with the runtime that uses it: the archive fits only those.
set -euo pipefail
java=/opt/swf-relay/java/bin/java
jar=/opt/swf-relay/swf-relay.jar
archive=/opt/swf-relay/swf-relay.jsa
classes="$(mktemp)"
port=18080
"$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dio.netty.leakDetection.level=disabled -Dio.netty.jfr.enabled=false \
  -XX:DumpLoadedClassList="$classes" -jar "$jar" serve --port "$port" --poll-hold 1s &
pid=$!

call() { # METHOD PATH TARGET BODY -> status line
  exec 4<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf '%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/x-amz-json-1.0\r\nX-Amz-Target: %s\r\nContent-Length: %d\r\n\r\n%s' \
    "$1" "$2" "$3" "${#4}" "$4" >&4
  IFS=' ' read -r -t 10 _ status _ <&4
  exec 4<&-
  echo "$status"
}

for _ in $(seq 1 300); do
  [ "$(call GET /_relay/health '' '' 2>/dev/null || true)" = 200 ] && break
  kill -0 "$pid" || { echo "cds-training: serve exited" >&2; exit 1; }
  sleep 0.1
done
call POST / SimpleWorkflowService.RegisterDomain '{"name":"cds","workflowExecutionRetentionPeriodInDays":"1"}'
call POST / SimpleWorkflowService.ListDomains '{"registrationStatus":"REGISTERED"}'
call POST / SimpleWorkflowService.PollForActivityTask '{"domain":"cds","taskList":{"name":"t"}}'
call POST / SimpleWorkflowService.DescribeDomain '{"name":"nope"}'
call POST /_relay/reset '' '{}'
kill -TERM "$pid"
wait "$pid"
"$java" -Xshare:dump -XX:SharedClassListFile="$classes" -XX:SharedArchiveFile="$archive" \
  -Xlog:disable -Xlog:all=error:stderr -cp "$jar" >/dev/null
rm -f "$classes"
# the archive is refused (and class sharing switched off) when it does not fit: fail the build instead
"$java" -XX:SharedArchiveFile="$archive" -Xshare:on -cp "$jar" -version >/dev/null
ls -l "$archive"
