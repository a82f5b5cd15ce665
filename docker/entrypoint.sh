#!/bin/bash
# The image's entry point: the JVM as PID 1 (exec), so SIGTERM reaches swf-relay, which closes
# the server and exits 0. The jlink runtime in /opt/swf-relay/java, with the launcher's flags for
# short-lived processes (bin/swf-relay, ADR 0005): C1 only, Serial GC, no Netty leak sampling or JFR events,
# the static class-data archive the image build made (ADR 0014; -Xshare:auto: an archive the JVM
# refuses is skipped, not fatal), one C1 thread and, for serve, compiling sooner. JAVA_OPTS adds
# or overrides.
compiler="-XX:CICompilerCount=1 -XX:-UseDynamicNumberOfCompilerThreads"
case "${JAVA_OPTS:-}" in
  *TieredStopAtLevel*|*CICompilerCount*|*TieredCompilation*) compiler= ;;  # C2 needs two compiler threads
esac
[ "${1:-}" != serve ] || [ -z "$compiler" ] || compiler="$compiler -XX:CompileThresholdScaling=0.5"
# shellcheck disable=SC2086
exec /opt/swf-relay/java/bin/java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dio.netty.leakDetection.level=disabled -Dio.netty.jfr.enabled=false $compiler \
  -XX:SharedArchiveFile=/opt/swf-relay/swf-relay.jsa -Xshare:auto \
  -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds=off,cds+dynamic=off:stderr ${JAVA_OPTS:-} -jar /opt/swf-relay/swf-relay.jar "$@"
