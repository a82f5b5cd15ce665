# swf-relay's emulator as a container: `serve` on port 8080 of every interface, as a non-root user.
#   docker build -t swf-relay .                       (after mvn -B package -DskipTests)
#   docker run --rm -p 8080:8080 swf-relay
# The base is any image with a Java 17+ runtime and bash; here (no registry) scripts/docker-images.sh
# builds one from Debian's packages and passes it as BASE_IMAGE.
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}

RUN useradd --system --uid 10001 --user-group --home-dir /opt/swf-relay --shell /usr/sbin/nologin swfrelay \
 && mkdir -p /opt/swf-relay \
 && mkdir -p /data && chown swfrelay:swfrelay /data
COPY cli/target/swf-relay.jar /opt/swf-relay/swf-relay.jar
COPY docker/entrypoint.sh docker/healthcheck.sh docker/cds-training.sh /opt/swf-relay/
RUN /opt/swf-relay/cds-training.sh && rm /opt/swf-relay/cds-training.sh

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
