#!/usr/bin/env bash
# Runs one benchmark harness: scripts/bench.sh MODE, where MODE is a script in scripts/bench/
# (in-process, http, ...). Each builds what it needs and prints, as its last line, one JSON
# object with its figures and the parameters used.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mode="${1:-}"
if [ -z "$mode" ] || [ ! -f "$here/bench/$mode.sh" ]; then
  echo "usage: scripts/bench.sh MODE   (modes: $(ls "$here/bench" 2>/dev/null | sed 's/\.sh$//' | tr '\n' ' '))" >&2
  exit 2
fi
shift
exec bash "$here/bench/$mode.sh" "$@"
