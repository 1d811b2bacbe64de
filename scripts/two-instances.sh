#!/usr/bin/env bash
# The two-instance drill: Debian's PostgreSQL and nginx on loopback, two MAP Bot jars on one database, nginx
# round-robin in front of /slack/events, signed commands and clicks through nginx, one instance killed with SIGKILL
# midway; then it checks that every acknowledged change is in the database exactly once, the card matches the
# database and every due reminder was sent exactly once, and prints a short report. Exit code 0 when all holds.
# Takes about five minutes; not part of `mvn -B verify`. Uses nothing but 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/sbin/nginx ] || need+=(nginx)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Debian's package may start a cluster of its own on port 5432; the drill runs its own server on a free loopback
# port (initdb/pg_ctl in a temporary folder) and leaves that one alone. nginx, too, runs from a temporary folder.

mvn -B -q package -DskipTests                       # target/mapbot.jar, and the test classes the drill is made of
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/drill.classpath >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/drill.classpath)" \
  org.mapbot.ops.drill.TwoInstancesDrill target/mapbot.jar
