#!/usr/bin/env bash
# Makes a Docker engine answer: installs Debian's docker.io when dockerd is missing and
# starts dockerd in the background (log in ${DOCKERD_LOG:-/tmp/swf-relay-dockerd.log})
# when `docker info` gets no answer. Exits non-zero, saying why, when no engine can be had.
set -euo pipefail

if docker info >/dev/null 2>&1; then exit 0; fi

if ! command -v dockerd >/dev/null 2>&1 || ! command -v docker >/dev/null 2>&1; then
  echo "docker-engine: installing docker.io"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
fi

log="${DOCKERD_LOG:-/tmp/swf-relay-dockerd.log}"
echo "docker-engine: starting dockerd (log: $log)"
nohup dockerd >"$log" 2>&1 &
for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then echo "docker-engine: dockerd answers"; exit 0; fi
  sleep 1
done
echo "docker-engine: dockerd did not answer within 60 s; last lines of $log:" >&2
tail -20 "$log" >&2 || true
exit 1
