#!/usr/bin/env bash
# Builds the current commit twice, in two fresh clones in two different folders (at different
# depths), and compares the sha256 of every jar the two builds made: prints both checksums per
# jar and exits 1 when any differs or a jar is in one build only.
#
#   scripts/reproducible.sh            (KEEP=1 leaves the two clones in place and prints where)
#
# Each build is `mvn -B -q package -DskipTests -Dexec.skip=true`: every module's jar and the fat
# jar. -Dexec.skip leaves out the cli's distribution step (training runs and the class-data
# archive, about two minutes of a build and no jar: a .jsa holds addresses and the jar's path, and
# is not reproducible). Uncommitted changes are not part of the commit and so of neither build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
commit=$(git -C "$root" rev-parse HEAD)
work=$(mktemp -d "${TMPDIR:-/tmp}/swf-relay-reproducible.XXXXXX")
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
first="$work/one/swf-relay"
second="$work/two/deeper/elsewhere"

build() {
  git clone -q --no-hardlinks "$root" "$1"
  git -C "$1" checkout -q --detach "$commit"
  (cd "$1" && mvn -B -q package -DskipTests -Dexec.skip=true)
}

jars() {
  (cd "$1" && find . -path '*/target/*' -name '*.jar' -not -path '*/target/dist/*' | sort)
}

echo "reproducible: building $commit in $first and in $second"
start=$(date +%s)
build "$first"
build "$second"
echo "reproducible: two builds in $(( $(date +%s) - start )) s"

status=0
count=0
while read -r jar; do
  count=$((count + 1))
  one=$(sha256sum "$first/$jar" | cut -d' ' -f1)
  if [ ! -f "$second/$jar" ]; then
    echo "DIFFERS $jar: only in the first build"
    status=1
    continue
  fi
  two=$(sha256sum "$second/$jar" | cut -d' ' -f1)
  if [ "$one" = "$two" ]; then
    echo "same    $jar $one $two"
  else
    echo "DIFFERS $jar $one $two"
    status=1
  fi
done < <(jars "$first")
while read -r jar; do
  [ -f "$first/$jar" ] || { echo "DIFFERS $jar: only in the second build"; status=1; }
done < <(jars "$second")

[ "$count" -gt 0 ] || { echo "reproducible: the builds made no jar"; exit 1; }
if [ "$status" -eq 0 ]; then
  echo "reproducible: $count jars byte-identical in both builds"
else
  echo "reproducible: jars differ between two builds of $commit (compare with KEEP=1 and diffoscope or unzip -l)"
fi
[ "${KEEP:-}" != 1 ] || echo "reproducible: clones kept in $work"
exit "$status"
