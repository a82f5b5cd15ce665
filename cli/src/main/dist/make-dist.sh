#!/bin/sh
# Makes the distribution at package time (run by the cli pom through exec-maven-plugin):
#   TARGET/dist/bin/swf-relay, TARGET/dist/lib/swf-relay.jar, TARGET/dist/lib/swf-relay.jsa and
#   TARGET/swf-relay-dist.tar.gz. The class-data archive comes from a training run of
#   `demo --over-http` (server, SDK client, decider and workers in one JVM) with the launcher's flags.
# Usage: make-dist.sh JAVA TARGET SEED_DIR
set -eu
java=$1 target=$2 seed=$3
here=$(cd "$(dirname "$0")" && pwd)
dist="$target/dist"
rm -rf "$dist"
mkdir -p "$dist/bin" "$dist/lib"
cp "$here/bin/swf-relay" "$dist/bin/swf-relay"
chmod 755 "$dist/bin/swf-relay"
cp "$target/swf-relay.jar" "$dist/lib/swf-relay.jar"
"$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$dist/lib/swf-relay.jsa" \
  -Xlog:disable -Xlog:all=error:stderr -jar "$dist/lib/swf-relay.jar" demo --over-http --seed "$seed" \
  > "$target/cds-training.log" 2>&1 \
  || echo "make-dist: the training run exited $? (see $target/cds-training.log); the archive holds what it loaded" >&2
[ -f "$dist/lib/swf-relay.jsa" ] || echo "make-dist: no class-data archive; the launcher runs without one" >&2
tar -czf "$target/swf-relay-dist.tar.gz" -C "$target" --transform 's,^dist,swf-relay,' dist
