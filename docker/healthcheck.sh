#!/bin/bash
# The image's HEALTHCHECK: GET /_relay/health through bash's /dev/tcp, no JVM and no curl
# (neither Debian's minbase nor every JRE image has one). Healthy when the answer is 200.
exec 3<>"/dev/tcp/127.0.0.1/${SWF_RELAY_PORT:-8080}" || exit 1
printf 'GET /_relay/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
IFS=' ' read -r -t 5 _ status _ <&3 || exit 1
[ "$status" = 200 ]
