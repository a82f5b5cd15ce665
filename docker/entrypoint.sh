#!/bin/bash
# The image's entry point: the JVM as PID 1 (exec), so SIGTERM reaches swf-relay, which closes
# the server and exits 0. Flags for a short-lived emulator (the launcher's serve flags, ADR 0005):
# C1 only on one compiler thread, Serial GC, no Netty leak sampling, and the
# class-data-sharing archive made while the image was built. JAVA_OPTS adds or overrides.
compiler="-XX:CICompilerCount=1 -XX:-UseDynamicNumberOfCompilerThreads -XX:CompileThresholdScaling=0.5"
case " ${JAVA_OPTS:-} " in *TieredStopAtLevel*|*CICompilerCount*|*TieredCompilation*) compiler= ;; esac  # C2 needs two threads
# shellcheck disable=SC2086
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dio.netty.leakDetection.level=disabled $compiler \
  -XX:SharedArchiveFile=/opt/swf-relay/swf-relay.jsa \
  -Xlog:cds=off -Xlog:cds+dynamic=off ${JAVA_OPTS:-} -jar /opt/swf-relay/swf-relay.jar "$@"
