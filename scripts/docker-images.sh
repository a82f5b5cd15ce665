#!/usr/bin/env bash
# Builds the images the container tests use, on an engine that reaches no registry:
#   swf-relay-base:bookworm-minbase  Debian bookworm, debootstrap --variant=minbase, trimmed to what a
#                                    JVM and the image's scripts run on: no apt lists or caches, docs,
#                                    man pages, locales, zoneinfo (Java has its own), gconv modules or
#                                    perl (only dpkg's scripts use it: the image installs no package)
#   swf-relay-base:bookworm-jdk17    the same minbase (untrimmed) + openjdk-17-jdk-headless and binutils
#                                    (objcopy, which jlink --strip-debug runs on the native libraries): the build
#                                    stage that runs jdeps, jlink and the class-data archive's training
#   swf-relay:latest                 the project's Dockerfile on those two (needs cli/target/swf-relay.jar)
# The bases are made with one debootstrap from Debian's mirror and kept; each is rebuilt only when
# missing (about 3-5 minutes on a fresh machine). Debian's packages, no registry.
# Usage: scripts/docker-images.sh [base|app|all]   (default all)
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_IMAGE="${SWF_RELAY_BASE_IMAGE:-swf-relay-base:bookworm-minbase}"
JDK_IMAGE="${SWF_RELAY_JDK_IMAGE:-swf-relay-base:bookworm-jdk17}"
APP_IMAGE="${SWF_RELAY_IMAGE:-swf-relay:latest}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
what="${1:-all}"

"$(dirname "$0")/docker-engine.sh"

present() { docker image inspect "$1" >/dev/null 2>&1; }

# import DIR IMAGE: the folder as a one-layer image
import() {
  tar -C "$1" -c . | docker import -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c 'ENV LANG=C.UTF-8' - "$2" >/dev/null
}

build_bases() {
  if present "$BASE_IMAGE" && present "$JDK_IMAGE"; then
    echo "docker-images: $BASE_IMAGE and $JDK_IMAGE present, kept"; return
  fi
  command -v debootstrap >/dev/null 2>&1 || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
  local dir; dir="$(mktemp -d /tmp/swf-relay-rootfs.XXXXXX)"
  echo "docker-images: debootstrap --variant=minbase bookworm into $dir (a few minutes)"
  debootstrap --variant=minbase bookworm "$dir/root" "$MIRROR" >"$dir.log" 2>&1 \
    || { tail -30 "$dir.log" >&2; rm -rf "$dir" "$dir.log"; exit 1; }
  rm -rf "$dir"/root/var/cache/apt/archives/*.deb "$dir"/root/var/lib/apt/lists/*

  if ! present "$JDK_IMAGE"; then
    import "$dir/root" swf-relay-base:bookworm-apt
    # the JDK stage: jdeps, jlink and the jmods come with the JDK package, not the JRE's
    printf '%s\n' 'FROM swf-relay-base:bookworm-apt' \
      "RUN echo 'deb $MIRROR bookworm main' > /etc/apt/sources.list && apt-get update -qq \\" \
      ' && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless binutils >/dev/null \' \
      ' && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb \' \
      ' && ln -s "java-17-openjdk-$(dpkg --print-architecture)" /usr/lib/jvm/jdk-17' \
      'ENV JAVA_HOME=/usr/lib/jvm/jdk-17' \
      | docker build -q --network host --pull=false -t "$JDK_IMAGE" - >/dev/null
    docker rmi swf-relay-base:bookworm-apt >/dev/null
    echo "docker-images: $JDK_IMAGE built"
  fi

  if ! present "$BASE_IMAGE"; then
    ( cd "$dir/root"
      rm -rf var/cache/apt/* var/lib/apt/lists/* var/cache/debconf/*-old var/log/* \
        usr/share/doc/* usr/share/man/* usr/share/info/* usr/share/locale/* usr/share/lintian \
        usr/share/zoneinfo/* usr/lib/*-linux-gnu/gconv usr/bin/perl* usr/lib/*-linux-gnu/perl-base usr/share/perl5 )
    import "$dir/root" "$BASE_IMAGE"
    echo "docker-images: $BASE_IMAGE built"
  fi
  rm -rf "$dir" "$dir.log"
}

build_app() {
  [ -f cli/target/swf-relay.jar ] || {
    echo "docker-images: cli/target/swf-relay.jar missing: run mvn package first" >&2; exit 1; }
  echo "docker-images: building $APP_IMAGE (jlink runtime from $JDK_IMAGE on $BASE_IMAGE)"
  docker build -q --pull=false --build-arg "JDK_IMAGE=$JDK_IMAGE" --build-arg "BASE_IMAGE=$BASE_IMAGE" \
    -t "$APP_IMAGE" . >/dev/null
  echo "docker-images: $APP_IMAGE built ($(docker image inspect -f '{{.Size}}' "$APP_IMAGE") bytes)"
}

case "$what" in
  base) build_bases ;;
  app) build_app ;;
  all) build_bases; build_app ;;
  *) echo "usage: $0 [base|app|all]" >&2; exit 2 ;;
esac
