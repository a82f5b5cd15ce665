#!/usr/bin/env bash
# Our server over the floor, both sides in one run, interleaved (not part of the tests): server
# CPU per trivial call (CountPendingActivityTasks, boto3, kept alive, warm) over the floor's
# (floor mode's Netty server with Netty's HTTP codec), and the first COLD A-then-B workflows
# after start over warm ones; best of ROUNDS (2) rounds, ratios printed (scripts/bench/ratios.py).
# Usage: scripts/bench.sh ratios [COMMIT...]
#   No COMMIT: this tree, built here. Each COMMIT (e.g. the commit before a change and the change)
#   is exported (git archive) to a temporary folder and built there (offline, no install), and
#   every round measures them one after another: before and after, side by side, on the same
#   machine in the same minutes. Environment: ROUNDS, COLD, WARMUP, WARM, TRIVIAL, FLOOR_WARMUP.
# The last line printed is one JSON object.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
server_of() {
  if [ -x "$1/cli/target/dist/bin/swf-relay" ]; then echo "$1/cli/target/dist/bin/swf-relay"; else echo "$1/cli/target/swf-relay.jar"; fi
}
servers=()
floor_jar=""
if [ "$#" -eq 0 ]; then
  mvn -B -q -o -pl cli -am package -DskipTests >&2
  servers+=("tree=$(server_of "$root")")
  floor_jar="$root/cli/target/swf-relay.jar"
else
  builds="$(mktemp -d)"
  trap 'rm -rf "$builds"' EXIT
  for commit in "$@"; do
    sha="$(git rev-parse --verify "$commit^{commit}")"
    dir="$builds/${sha:0:9}"
    mkdir -p "$dir"
    git archive "$sha" | tar -x -C "$dir"
    (cd "$dir" && mvn -B -q -o -pl cli -am package -DskipTests >&2)
    servers+=("${sha:0:9}=$(server_of "$dir")")
    floor_jar="${floor_jar:-$dir/cli/target/swf-relay.jar}"
  done
fi
python3 "$root/scripts/bench/ratios.py" "$floor_jar" "${servers[@]}"
