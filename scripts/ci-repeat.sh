#!/usr/bin/env bash
# Runs CI again and again, as a fresh machine would, while one core is kept busy.
#
#   scripts/ci-repeat.sh N [BRANCH]
#
# Each run clones BRANCH (main by default) of this repository afresh into its own folder, with a
# copy of shared/ beside it as CI has, and runs `bash .ci/run` there with CI=true and no standard
# input. Meanwhile `stress-ng --cpu 1` keeps one core busy (Debian's stress-ng, installed if
# missing). A run is green when .ci/run exits 0 and no tracked file of the clone was changed by it.
# One line per run, then a summary; exit 0 only when every run was green.
# Logs: $SWF_RELAY_CI_REPEAT_DIR (default /tmp/swf-relay-ci-repeat)/run-K.log.
set -uo pipefail

runs=${1:?usage: scripts/ci-repeat.sh N [BRANCH]}
branch=${2:-main}
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
work=${SWF_RELAY_CI_REPEAT_DIR:-/tmp/swf-relay-ci-repeat}
shared="$repo/../shared"

if ! command -v stress-ng >/dev/null 2>&1; then
  echo "installing stress-ng"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq stress-ng >/dev/null
fi

mkdir -p "$work"
stress-ng --cpu 1 --timeout 0 --quiet &
stress=$!
ci=
# stopping this script stops the run in progress (its own process group) and the load
trap '[ -n "$ci" ] && kill -- -"$ci" 2>/dev/null; kill $stress 2>/dev/null; wait $stress 2>/dev/null' EXIT
trap 'exit 130' INT TERM

echo "ci-repeat: $runs runs of .ci/run on fresh clones of $branch ($(git -C "$repo" rev-parse --short "$branch")), one core kept busy by stress-ng"
green=0 streak=0 best=0 failed=()
for k in $(seq 1 "$runs"); do
  dir="$work/run-$k"
  rm -rf "$dir" && mkdir -p "$dir"
  git clone -q --branch "$branch" "$repo" "$dir/main"
  [ -d "$shared" ] && cp -r "$shared" "$dir/shared" && chmod -R a-w "$dir/shared"
  log="$work/run-$k.log"
  began=$(date +%s)
  # every signal back to its default: a command run in the background (as this one, or this script under nohup)
  # inherits SIGINT ignored, and a JVM started so ignores Ctrl-C, which the CLI's Ctrl-C tests send
  (cd "$dir/main" && CI=true exec setsid env --default-signal bash .ci/run </dev/null >"$log" 2>&1) &
  ci=$!
  wait "$ci"
  rc=$?
  ci=
  took=$(( $(date +%s) - began ))
  changed=$(git -C "$dir/main" status --porcelain --untracked-files=no | wc -l)
  tests=$(grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$log" \
    | awk -F'[:,] *' '{ r+=$2; f+=$4; e+=$6; s+=$8 } END { printf "%d run, %d failed, %d errors, %d skipped", r, f, e, s }')
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  if [ "$rc" -eq 0 ] && [ "$changed" -eq 0 ]; then
    green=$((green + 1)); streak=$((streak + 1)); verdict=green
  else
    streak=0; verdict="RED (exit $rc, tracked files changed: $changed)"; failed+=("$k")
    grep -E '<<< (FAILURE|ERROR)!|Tests run:.*Fail' "$log" | grep -v 'Failures: 0, Errors: 0' | head -5 | sed 's/^/    /'
  fi
  [ "$streak" -gt "$best" ] && best=$streak
  printf 'run %d/%d: %s in %dm%02ds; tests: %s; load average after: %s; log %s\n' \
    "$k" "$runs" "$verdict" $((took / 60)) $((took % 60)) "$tests" "$load" "$log"
  rm -rf "$dir"
done
echo "summary: $green of $runs green; longest green streak $best${failed:+; red runs: ${failed[*]}}"
[ "$green" -eq "$runs" ]
