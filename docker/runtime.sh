#!/bin/bash
# Build stage: makes /opt/swf-relay/java, a jlink runtime holding the modules jdeps finds in the fat
# jar, less those only optional code reaches, plus what the JDK finds through ServiceLoader:
#   left out  java.desktop       Jackson's java.beans annotations (optional in Jackson: `requires
#                                static`); SnakeYAML's bean introspection, which SafeConstructor
#                                (WorkflowFile's only way in) never takes
#             java.sql           Jackson's java.sql.Date/Timestamp (de)serializers (`requires static`)
#             java.security.jgss Apache HttpClient's Kerberos/SPNEGO auth (the AWS path's client;
#                                never configured)
#   added     jdk.crypto.ec      elliptic-curve TLS (an https --endpoint), a security provider jdeps
#                                cannot see
# Writes /opt/swf-relay/java/swf-relay-modules: the jdeps line and the line given to jlink, which
# RuntimeImageIT compares with the runtime's `java --list-modules`.
set -euo pipefail
jar=/opt/swf-relay/swf-relay.jar
runtime=/opt/swf-relay/java
left_out=" java.desktop java.sql java.security.jgss "
added="jdk.crypto.ec"
work="$(mktemp -d)"
# the fat jar carries its dependencies' module-info classes, which make jdeps resolve each
# dependency as a module it cannot find: read it as plain classes
(cd "$work" && jar xf "$jar" && find . -name module-info.class -delete)
found="$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 "$work")"
rm -rf "$work"
modules="$added"
for m in ${found//,/ }; do
  case "$left_out" in *" $m "*) ;; *) modules="$modules,$m" ;; esac
done
modules="$(tr ',' '\n' <<<"$modules" | sort | paste -sd, -)"
# --strip-debug also strips the native libraries' symbols with objcopy (binutils); a JDK image without
# it (eclipse-temurin's) strips the Java debug attributes only, some 4 MB more
strip=--strip-debug
command -v objcopy >/dev/null || strip=--strip-java-debug-attributes
jlink --add-modules "$modules" "$strip" --no-man-pages --no-header-files --compress=2 --output "$runtime"
printf 'jdeps %s\njlink %s\n' "$found" "$modules" > "$runtime/swf-relay-modules"
du -sh "$runtime"
cat "$runtime/swf-relay-modules"
