#!/bin/bash
# Run once while the image is built: serve answers a health probe and a few SWF calls, then
# stops on SIGTERM, and the JVM writes the classes it loaded to a dynamic CDS archive that
# every container start maps instead of loading and verifying them again.
set -euo pipefail
archive=/opt/swf-relay/swf-relay.jsa
port=18080
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$archive" \
  -jar /opt/swf-relay/swf-relay.jar serve --port "$port" --poll-hold 1s &
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
ls -l "$archive"
