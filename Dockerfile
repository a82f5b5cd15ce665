# swf-relay's emulator as a container: `serve` on port 8080 of every interface, as a non-root user.
#   docker build -t swf-relay .                       (after mvn -B package -DskipTests)
#   docker run --rm -p 8080:8080 swf-relay
# Two stages (ADR 0014):
#   runtime  on JDK_IMAGE, any JDK 17 with its jmods (jdeps, jlink): a jlink runtime holding only the
#            modules the jar needs (docker/runtime.sh) and a static class-data archive of a training
#            `serve` on that runtime, at the jar's final path (docker/cds-training.sh)
#   image    on BASE_IMAGE, any glibc Linux with bash and useradd (no Java needed: the runtime comes
#            along): the runtime, the jar, the archive and the scripts
# With a registry the defaults serve (a public JRE image such as eclipse-temurin:17-jre works as
# BASE_IMAGE too). Without one, scripts/docker-images.sh builds both bases from Debian's packages
# with debootstrap (swf-relay-base:bookworm-jdk17, and swf-relay-base:bookworm-minbase: minbase
# trimmed, no JRE) and passes them as JDK_IMAGE and BASE_IMAGE.
ARG JDK_IMAGE=eclipse-temurin:17-jdk
ARG BASE_IMAGE=debian:bookworm-slim

FROM ${JDK_IMAGE} AS runtime
COPY cli/target/swf-relay.jar /opt/swf-relay/swf-relay.jar
COPY docker/runtime.sh docker/cds-training.sh /tmp/build/
RUN /tmp/build/runtime.sh && /tmp/build/cds-training.sh && rm -rf /tmp/build

FROM ${BASE_IMAGE}
RUN useradd --system --uid 10001 --user-group --home-dir /opt/swf-relay --shell /usr/sbin/nologin swfrelay \
 && mkdir -p /data && chown swfrelay:swfrelay /data
# one layer, the jar's time kept: the archive records the jar's size and time and fits only that jar
COPY --from=runtime /opt/swf-relay /opt/swf-relay
COPY docker/entrypoint.sh docker/healthcheck.sh /opt/swf-relay/

# Durable state: mount a volume on /data (owned by swfrelay) and set SWF_RELAY_DATA=/data.
# Seeded state: mount a folder of workflow files and lists of domains and types (read-only is enough)
# and set SWF_RELAY_INIT to it, e.g. -v $PWD/init:/init:ro -e SWF_RELAY_INIT=/init (serve --init).
# Every serve option has its variable (SWF_RELAY_PORT, SWF_RELAY_REGION, ...); the command line (CMD)
# wins over them. Unset, each is serve's own default (EmulatorDefaults: port 8080, us-east-1, ...); the
# image sets only what differs from serve: every interface.
ENV SWF_RELAY_BIND=0.0.0.0 \
    JAVA_OPTS=""
USER swfrelay
EXPOSE 8080
HEALTHCHECK --interval=2s --timeout=5s --start-period=30s --retries=3 CMD ["/opt/swf-relay/healthcheck.sh"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/opt/swf-relay/entrypoint.sh"]
CMD ["serve"]
