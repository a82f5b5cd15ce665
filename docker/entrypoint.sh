#!/bin/bash
# The image's entry point: the JVM as PID 1 (exec), so SIGTERM reaches swf-relay, which closes
# the server and exits 0. Flags for a short-lived emulator: C1 only, Serial GC, and the
# class-data-sharing archive made while the image was built. JAVA_OPTS adds or overrides.
# shellcheck disable=SC2086
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile=/opt/swf-relay/swf-relay.jsa \
  -Xlog:cds=off -Xlog:cds+dynamic=off ${JAVA_OPTS:-} -jar /opt/swf-relay/swf-relay.jar "$@"
