# shellcheck shell=bash
# ./kabinet, part 1 of 8: where things live, versions, JVM settings, output and process helpers.
# Sourced by ./kabinet (see there for the order); defines no command of its own.
# Globals defined here are used by the other files of local-stack/bin:
# shellcheck disable=SC2034

KABINET_BIN=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$KABINET_BIN/../.." && pwd)
STATE=$ROOT/.kabinet
RUN=$STATE/run
LOGS=$STATE/logs
DATA=$STATE/data
DIST=$STATE/dist
LOCAL_STACK=$ROOT/local-stack

export JAVA_HOME=${KABINET_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
export PATH=$JAVA_HOME/bin:$PATH

# ---- versions (single source; passed to local-stack/servers/pom.xml) --------------------------------------
KAFKA_VERSION=4.4.0
KEYCLOAK_VERSION=26.7.3
GREENMAIL_VERSION=2.1.13
KAFKA_LIBS=$DIST/kafka/libs
KC_HOME=$DIST/keycloak-$KEYCLOAK_VERSION
GREENMAIL_JAR=$DIST/greenmail/greenmail-standalone-$GREENMAIL_VERSION.jar

# ---- JVM settings: the one place ---------------------------------------------------------------------------
# Spring Boot services and the gateway: serial GC, capped heap/metaspace/code cache (target: <= 350 MB RSS).
# Tiered compilation up to C2: C1 alone (-XX:TieredStopAtLevel=1) cost 2.0 ms of CPU per one-row read against 0.65 ms
# with C2, and capped the read near 600 req/s (issue #5, bench/README.md); C2 costs ~50 MB more RSS per JVM.
# TrimNativeHeapInterval: every 5 s give the C heap's freed memory back to the OS (C2's compiler arenas are malloc'ed
# and freed, and glibc kept them resident); trimming a running account-service freed 37 MB, the gateway 51 MB.
SERVICE_JVM_OPTS=${KABINET_JVM_OPTS:-"-XX:+UseSerialGC -Xss512k -Xms64m -Xmx192m \
-XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=64m -XX:+ExitOnOutOfMemoryError \
-XX:TrimNativeHeapInterval=5000 -Dfile.encoding=UTF-8"}
KAFKA_JVM_OPTS="-XX:+UseSerialGC -Xms64m -Xmx384m -XX:MaxMetaspaceSize=128m -XX:+ExitOnOutOfMemoryError"
GREENMAIL_JVM_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms16m -Xmx96m -XX:+ExitOnOutOfMemoryError"
# The SMS sink (sms-sink/, a small Spring Boot app): a dev tool, C1 only and a small heap.
SMS_SINK_JVM_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -Xms16m -Xmx64m -XX:MaxMetaspaceSize=96m \
-XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8"
# Keycloak: replaces kc.sh's JAVA_OPTS (G1 -> serial GC, smaller heap); kc.sh still adds its --add-opens.
KC_JVM_OPTS="-XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC -Xms64m -Xmx512m -XX:+ExitOnOutOfMemoryError \
-Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.err.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 \
-Djava.security.egd=file:/dev/urandom -Djdk.tls.rejectClientInitiatedRenegotiation=true"
# How many service JVMs boot at the same time. Measured on 2 cores (busy machine, 5 services): all at once 131 s,
# 3 at a time 169 s -- start-up waits on I/O, PostgreSQL, Kafka and Keycloak as much as on the CPU.
SERVICE_PARALLEL=${KABINET_PARALLEL:-6}

export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

# ---- output ------------------------------------------------------------------------------------------------
if [[ -t 1 ]]; then B=$'\e[1m' G=$'\e[32m' Y=$'\e[33m' R=$'\e[31m' D=$'\e[2m' N=$'\e[0m'; else B='' G='' Y='' R='' D='' N=''; fi
say() { printf '%s\n' "$*"; }
ok() { printf "  ${G}✔${N} %-22s %s\n" "$1" "${*:2}"; }
warn() { printf "  ${Y}!${N} %-22s %s\n" "$1" "${*:2}"; }
bad() { printf "  ${R}✘${N} %-22s %s\n" "$1" "${*:2}"; }
die() { printf "${R}kabinet: %s${N}\n" "$*" >&2; exit 1; }
now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $((t / 1000)); }
secs() { local ms=$1; printf '%d.%ds' $((ms / 1000)) $(((ms % 1000) / 100)); }
mmss() { local s=$(($1 / 1000)); printf '%d:%02d' $((s / 60)) $((s % 60)); }

# ---- processes ---------------------------------------------------------------------------------------------
pidfile() { echo "$RUN/$1.pid"; }
alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null; }
cmdline() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null || true; }
# What identifies a process this checkout started: a marker on its command line.
java_marker() { echo "-Dkabinet.home=$ROOT -Dkabinet.part=$1"; }
jvm_args() { # options part -> JVM_ARGS: the options split into words, then the part's marker (as java_marker)
  read -ra JVM_ARGS <<<"$1"
  JVM_ARGS+=("-Dkabinet.home=$ROOT" "-Dkabinet.part=$2")
}
is_ours() { # pid part
  local cmd
  alive "$1" || return 1
  cmd="$(cmdline "$1") "
  case $2 in
    postgres) [[ $cmd == *"-D $DATA/postgres "* ]] ;;
    # redis-server rewrites its command line ("redis-server 127.0.0.1:6379"); it runs in its --dir
    redis) [[ $cmd == *"--dir $DATA/redis "* || $(readlink "/proc/$1/cwd" 2>/dev/null) == "$DATA/redis" ]] ;;
    # kc.sh stays the parent of java, or execs java (same pid) after Quarkus re-augmentation
    keycloak) [[ $cmd == *"$KC_HOME/bin/kc.sh "* || $cmd == *"$(java_marker keycloak) "* ]] ;;
    *) [[ $cmd == *"$(java_marker "$2") "* ]] ;;
  esac
}
# pid of a running part we started, or nothing
our_pid() {
  local f pid
  f=$(pidfile "$1")
  [[ -f $f ]] || return 0
  pid=$(<"$f")
  if is_ours "$pid" "$1"; then echo "$pid"; fi
}
tree_pids() { # pid and all its descendants
  ps -e -o pid=,ppid= | awk -v root="$1" '{ kids[$2] = kids[$2] " " $1 }
    END { queue = root; while (queue != "") { split(queue, q, " "); queue = "";
          for (i in q) { print q[i]; if (q[i] in kids) queue = queue kids[q[i]] } } }'
}
rss_mb() { # RSS of a process tree in MB
  local kb=0 p v
  for p in $(tree_pids "$1"); do
    v=$(awk '/^VmRSS:/ { print $2 }' "/proc/$p/status" 2>/dev/null || true)
    kb=$((kb + ${v:-0}))
  done
  echo $((kb / 1024))
}
port_pid() { # pid listening on a TCP port (empty when free or unknown)
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true
}
port_busy() { [[ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]]; }
describe_pid() { [[ -n $1 ]] && echo "pid $1 ($(cmdline "$1" | cut -c1-90))" || echo "an unknown process"; }
kill_tree() { # pid signal
  local p
  for p in $(tree_pids "$1"); do kill "-$2" "$p" 2>/dev/null || true; done
}
apt_install() { # command package: the Debian package, installed when the command is missing
  local command=$1 package=$2 sudo=""
  command -v "$command" >/dev/null && return 0
  [[ $EUID -eq 0 ]] || sudo="sudo"
  say "  installing $package (Debian)"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$package" ||
    { DEBIAN_FRONTEND=noninteractive $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$package"; }
}
spawn() { # part command... -> background, detached from this terminal, pid recorded, log .kabinet/logs/<part>.log
  local part=$1; shift
  {
    echo "==== $(date '+%F %T') ./kabinet starting $part"
  } >>"$LOGS/$part.log"
  setsid "$@" >>"$LOGS/$part.log" 2>&1 </dev/null &
  echo $! >"$(pidfile "$part")"
}
