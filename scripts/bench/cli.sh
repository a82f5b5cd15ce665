#!/usr/bin/env bash
# Wall time of CLI commands against a running server (not part of the tests).
# Usage: scripts/bench.sh cli [COMMAND...]
#   default COMMAND: the launcher cli/target/dist/bin/swf-relay when the build made it, else
#   java -jar cli/target/swf-relay.jar. Environment: RUNS (5); AWS_CLI, the AWS CLI `list` is compared with
#   (default: the first `aws` on PATH whose --version says aws-cli/2, else PATH's `aws`).
# Builds the cli module and what it depends on (offline, no install), then runs cli_wall.py: a
# server, the seed's decider and two workers, and the median wall time of `list`, `register`,
# `history` and `start --wait` (each checked to succeed), next to `java -version`, with the
# median CPU time (user + system) of each command's process, which a loaded machine bends less, and
# one more run of each split into phases (JVM start, picocli, SDK client, first request, ...).
# Interleaved rounds put `serve` (launch to first answer) beside its floor, a bare Netty epoll server
# with the HTTP codec (scripts/bench/NettyFloor.java), and `list --open` beside its floor, a bare AWS
# SDK v2 program making one ListOpenWorkflowExecutions (SdkFloor.java), and the AWS CLI's
# list-open-workflow-executions: the same listing, one call each (open executions of the last 7 days); both
# floors compiled against the fat jar (FLOOR_JAR, default cli/target/swf-relay.jar) and run as
# bin/swf-relay runs the product, its JVM flags and a class-data archive of their own (cli_floors.py),
# skipped when the java is not 17 or has no javac. Ratios: serve_over_netty_floor,
# list_over_sdk_floor, sdk_floor_over_aws_cli. The last line printed is one JSON object.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q -o -pl cli -am package -DskipTests >&2
if [ "$#" -eq 0 ]; then
  if [ -x cli/target/dist/bin/swf-relay ]; then set -- "$root/cli/target/dist/bin/swf-relay"; else set -- java -jar "$root/cli/target/swf-relay.jar"; fi
fi
exec python3 "$root/scripts/bench/cli_wall.py" "$root/examples/seed" "$@"
