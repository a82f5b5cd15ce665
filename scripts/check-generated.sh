#!/usr/bin/env bash
# Fails when a generated source differs from what scripts/gen_model.py makes of scripts/swf-model.json:
# someone edited generated code by hand, or changed the generator without rerunning it. Runs the
# generator in place (on a clean clone, as .ci/run does) and asks git whether anything changed.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 scripts/gen_model.py
generated=(core/src/main/java/dev/swfrelay/core
           emulator/src/main/java/dev/swfrelay/emulator/http/protocol/SwfOperations.java
           emulator/src/main/java/dev/swfrelay/emulator/http/protocol/RequestReaders.java
           emulator/src/main/java/dev/swfrelay/emulator/fault/InterceptedSwfService.java
           aws-adapter/src/main/java/dev/swfrelay/aws/SdkOperations.java)
changed=$(git diff --name-only -- "${generated[@]}"; git ls-files --others --exclude-standard -- "${generated[@]}")
if [ -n "$changed" ]; then
  echo "generated sources differ from scripts/gen_model.py's output (rerun it and commit, or edit the generator):" >&2
  echo "$changed" >&2
  git --no-pager diff --stat -- "${generated[@]}" >&2
  exit 1
fi
echo "generated sources match scripts/gen_model.py"
