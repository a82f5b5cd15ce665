#!/bin/sh
# Makes the distribution at package time (run by the cli pom through exec-maven-plugin):
#   TARGET/dist/bin/swf-relay, TARGET/dist/bin/swf-relay-archive, TARGET/dist/lib/swf-relay.jar,
#   TARGET/dist/lib/swf-relay.jsa (+ .id) and its class list lib/swf-relay.classlist, lib/swf-relay-serve.jsa
#   (+ .id), serve's own archive, and its class list lib/swf-relay-serve.classlist, lib/swf-relay-client.jsa
#   (+ .id and .classlist), the SWF-calling commands' own (register, decider, worker, start, history,
#   list, describe), LICENSE and
#   README.md (and lib/swf-relay.cdx.json, the fat jar's SBOM, where -Prelease made it), and
#   TARGET/swf-relay-VERSION.tar.gz, the same folder as swf-relay-VERSION/.
# The class-data archive is a static AppCDS archive (JDK and application classes in one file, made
# with -Xshare:dump; unlike JDK 17's dynamic archive it also holds picocli, whose Java 5 class files
# a dynamic archive skips). Its class list is what real processes loaded, with the launcher's flags:
# `demo --over-http`, then a `serve` with a decider and two workers and the CLI commands a user types
# against it (register, start --wait, list, history, describe). lib/swf-relay.jsa.id records the jar
# (path, size, time) and the java the archive was made for; the launcher uses it only while they match.
# bin/swf-relay-archive makes the archive from the class list, here and wherever the tarball is unpacked.
# Usage: make-dist.sh JAVA TARGET SEED_DIR VERSION
set -eu
java=$1 target=$2 seed=$3 version=$4
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
dist="$target/dist"
rm -rf "$dist"
mkdir -p "$dist/bin" "$dist/lib"
dist=$(cd "$dist" && pwd -P)   # the launcher runs the jar by its physical path; the archive must name that one
cp "$here/bin/swf-relay" "$here/bin/swf-relay-archive" "$dist/bin/"
chmod 755 "$dist/bin/swf-relay" "$dist/bin/swf-relay-archive"
cp "$root/LICENSE" "$root/README.md" "$dist/"
[ ! -f "$target/bom.json" ] || cp "$target/bom.json" "$dist/lib/swf-relay.cdx.json"
cp "$target/swf-relay.jar" "$dist/lib/swf-relay.jar"
jar="$dist/lib/swf-relay.jar"
log="$target/cds-training.log"
lists="$target/cds-training"
rm -rf "$lists"
mkdir -p "$lists"
: > "$log"

# train NAME ARGS...: becomes one swf-relay process as the launcher runs it, listing the classes it
# loads, for at most 5 minutes; run it in a subshell, or in the background (then $! is that process)
train() {
  name=$1
  shift
  exec timeout 300 "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:DumpLoadedClassList="$lists/$name.classlist" \
    -Xlog:disable -Xlog:all=error:stderr -jar "$jar" "$@"
}

train_against_a_server() {
  train serve serve --port 0 > "$lists/serve.out" 2>> "$log" &
  serve=$!
  url=
  for _ in $(seq 1 300); do
    url=$(grep -o 'http://[0-9.]*:[0-9]*' "$lists/serve.out" 2>/dev/null | head -n 1 || true)
    [ -n "$url" ] || ! kill -0 "$serve" 2>/dev/null && break
    sleep 0.1
  done
  helpers=
  if [ -n "$url" ]; then
    workflow="$seed/workflow.json"
    (train register register --endpoint "$url" --workflow "$workflow") >> "$log" 2>&1 || status=$?
    train decider decider --endpoint "$url" --workflow "$workflow" >> "$log" 2>&1 &
    helpers="$helpers $!"
    train worker-a worker --endpoint "$url" --domain swf-relay-seed --task-list a_tasks -- "$seed/script-a.sh" >> "$log" 2>&1 &
    helpers="$helpers $!"
    train worker-b worker --endpoint "$url" --domain swf-relay-seed --task-list b_tasks -- "$seed/script-b.sh" >> "$log" 2>&1 &
    helpers="$helpers $!"
    (train start start --wait --endpoint "$url" --workflow "$workflow" --workflow-id cds-training) >> "$log" 2>&1 || status=$?
    (train list list --endpoint "$url" --domain swf-relay-seed) >> "$log" 2>&1 || status=$?
    (train history history cds-training --endpoint "$url" --domain swf-relay-seed) >> "$log" 2>&1 || status=$?
    (train describe describe cds-training --endpoint "$url" --domain swf-relay-seed) >> "$log" 2>&1 || status=$?
  else
    status=1
  fi
  # TERM, not INT: a shell's background jobs ignore SIGINT, and so would these JVMs
  for pid in $helpers $serve; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in $helpers $serve; do wait "$pid" 2>/dev/null || true; done
}

status=0
(train demo demo --over-http --seed "$seed") >> "$log" 2>&1 || status=$?
train_against_a_server
[ "$status" -eq 0 ] || echo "make-dist: a training run failed (see $log); the archive holds what the runs loaded" >&2
# each class once, in the order first loaded (a class list names a class's supertypes before it)
cat "$lists"/*.classlist | awk '/^#/ || !seen[$0]++' > "$dist/lib/swf-relay.classlist"
# serve's own, for the archive the launcher gives `serve`: 34 MB, not 53, relocated in less time (ADR 0015)
[ ! -s "$lists/serve.classlist" ] || awk '/^#/ || !seen[$0]++' "$lists/serve.classlist" > "$dist/lib/swf-relay-serve.classlist"
# the SWF clients' (the commands that call an endpoint: no server, no emulator), for the archive the
# launcher gives them: about 30 MB, not 53 (ADR 0015)
clients=
for name in register decider worker-a worker-b start list history describe; do
  [ ! -s "$lists/$name.classlist" ] || clients="$clients $lists/$name.classlist"
done
# shellcheck disable=SC2086 # one path a word
[ -z "$clients" ] || cat $clients | awk '/^#/ || !seen[$0]++' > "$dist/lib/swf-relay-client.classlist"
JAVA=$java "$dist/bin/swf-relay-archive" >> "$log" 2>&1 \
  || echo "make-dist: no class-data archive (see $log); the launcher runs without one" >&2
# the archive fits only this folder; unpacked elsewhere, bin/swf-relay-archive remakes it there
rm -f "$target"/swf-relay-*.tar.gz
tar -czf "$target/swf-relay-$version.tar.gz" -C "$target" --owner=0 --group=0 --numeric-owner \
  --transform "s,^dist,swf-relay-$version," dist
