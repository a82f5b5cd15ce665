#!/usr/bin/env bash
# The floor under server-cpu's trivial call (not part of the tests): the same boto3 client and
# CountPendingActivityTasks against a Netty epoll server that answers with one fixed answer and
# does nothing else (scripts/bench/NettyFloor.java), raw bytes and with Netty's HTTP codec; server
# CPU per call from /proc, user and system. What the emulator spends above these figures is its own.
# Usage: scripts/bench.sh floor   Environment: WARMUP, TRIVIAL (calls). The last line is one JSON object.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q -o -pl cli -am package -DskipTests >&2
exec python3 "$root/scripts/bench/floor.py" "$root/cli/target/swf-relay.jar"
