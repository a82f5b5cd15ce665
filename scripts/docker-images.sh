#!/usr/bin/env bash
# Builds the images the container tests use, on an engine that reaches no registry:
#   swf-relay-base:bookworm-jre17  Debian bookworm minbase + openjdk-17-jre-headless, made with
#                                  debootstrap from Debian's mirror; kept, rebuilt only when missing
#   swf-relay:latest               the project's Dockerfile on that base (needs cli/target/swf-relay.jar)
# Usage: scripts/docker-images.sh [base|app|all]   (default all)
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_IMAGE="${SWF_RELAY_BASE_IMAGE:-swf-relay-base:bookworm-jre17}"
APP_IMAGE="${SWF_RELAY_IMAGE:-swf-relay:latest}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
what="${1:-all}"

"$(dirname "$0")/docker-engine.sh"

build_base() {
  if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
    echo "docker-images: $BASE_IMAGE present, kept"; return
  fi
  command -v debootstrap >/dev/null 2>&1 || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
  local dir; dir="$(mktemp -d /tmp/swf-relay-rootfs.XXXXXX)"
  echo "docker-images: debootstrap bookworm into $dir (about a minute)"
  debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$dir" "$MIRROR" \
    >"$dir.log" 2>&1 || { tail -30 "$dir.log" >&2; exit 1; }
  rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/*
  tar -C "$dir" -c . | docker import \
    -c "ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture)" \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    - "$BASE_IMAGE" >/dev/null
  rm -rf "$dir" "$dir.log"
  echo "docker-images: $BASE_IMAGE built"
}

build_app() {
  [ -f cli/target/swf-relay.jar ] || {
    echo "docker-images: cli/target/swf-relay.jar missing: run mvn package first" >&2; exit 1; }
  echo "docker-images: building $APP_IMAGE on $BASE_IMAGE"
  docker build -q --pull=false --build-arg "BASE_IMAGE=$BASE_IMAGE" -t "$APP_IMAGE" . >/dev/null
  echo "docker-images: $APP_IMAGE built"
}

case "$what" in
  base) build_base ;;
  app) build_app ;;
  all) build_base; build_app ;;
  *) echo "usage: $0 [base|app|all]" >&2; exit 2 ;;
esac
