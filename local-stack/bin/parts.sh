# shellcheck shell=bash
# ./kabinet, part 2 of 8: THE table of parts. Every list of parts the launcher uses (start order, ports, health,
# timeouts, databases, the services' addresses, status, logs, down) is derived from it; add a service here and in
# the root pom, nothing else.
# Globals defined here are used by the other files of local-stack/bin:
# shellcheck disable=SC2034
# shellcheck source-path=SCRIPTDIR source=common.sh
[[ -n ${KABINET_BIN:-} ]] || source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_PORT=${KABINET_DB_PORT:-5432}
SERVICE_TIMEOUT=${KABINET_SERVICE_TIMEOUT:-300}

# name       one word; a service's database and role are kabinet_<name without -service>
# kind       server (launch_<name> in servers.sh) | service (Spring Boot, own database) | gateway (Spring Boot, BFF)
#            | demo (Spring Boot, no database, dev and test only: the utility's side of the back-office topics, the test
#            acquirer that plays the bank; built and started like the apps, never deployed: not in the Helm chart)
# stage      start order: parts of one stage boot together, a stage starts when the one before is healthy.
#            1 PostgreSQL (reused when one answers); 2 Kafka, GreenMail, the SMS sink, Redis (the gateway's sessions; reused
#            when one answers); 3 Keycloak, the services (they need
#            PostgreSQL and Kafka at start, not Keycloak: they fetch its keys on the first request) and the test acquirer
#            (payment-service's bank: Sberbank's gateway protocol, hosted card page, test-acquirer/); 4 the gateway
#            (it discovers Keycloak's endpoints at start) and the demo back office (it loads its accounts once
#            account-service reads backoffice.accounts). Servers of a failed stage stop the start; services do not.
# port       main port (127.0.0.1): status, the apps' SERVER_PORT and health
# extra      other ports, label:port[,label:port] ('-' none); GreenMail's SMTP/IMAP are its fixed "test" setup ports
# start      seconds to become healthy ('-' = KABINET_SERVICE_TIMEOUT, default 300)
# stop       seconds from SIGTERM to SIGKILL at ./kabinet down
# health     pg | redis (answers PING) | tcp (port accepts) | http:<port/path> (answers 2xx) | actuator (/actuator/health/readiness)
PARTS_TABLE="
# name                 kind     stage port      extra                start stop health
postgres               server   1     $PG_PORT  -                    60    30   pg
kafka                  server   2     9092      controller:9093      180   40   tcp
keycloak               server   3     8180      management:8190      420   40   http:8190/health/ready
greenmail              server   2     8025      SMTP:3025,IMAP:3143  90    20   http:8025/api/service/readiness
sms-sink               server   2     8026      -                    120   20   actuator
redis                  server   2     6379      -                    30    10   redis
identity-service       service  3     8081      -                    -     30   actuator
account-service        service  3     8082      -                    -     30   actuator
metering-service       service  3     8083      -                    -     30   actuator
billing-service        service  3     8084      -                    -     30   actuator
payment-service        service  3     8085      -                    -     30   actuator
notification-service   service  3     8086      -                    -     30   actuator
gateway                gateway  4     8080      -                    -     30   actuator
backoffice-demo        demo     4     8087      -                    -     20   actuator
test-acquirer          demo     3     8088      -                    -     20   actuator
"

ALL_PARTS=()   # in table order
INFRA=()       # kind server
SERVICES=()    # kind service
APPS=()        # kind service, gateway or demo: Spring Boot jars built from <name>/
GATEWAYS=()    # kind gateway
DEMOS=()       # kind demo: dev and test only (never in the Helm chart)
declare -A KIND=() STAGE=() PORT=() EXTRA=() OTHER_PORTS=() TIMEOUT=() STOP_TIMEOUT=() HEALTH=()
read_parts() {
  local name kind stage port extra start stop health
  while read -r name kind stage port extra start stop health; do
    [[ -z $name || $name == \#* ]] && continue
    ALL_PARTS+=("$name")
    KIND[$name]=$kind STAGE[$name]=$stage PORT[$name]=$port HEALTH[$name]=$health STOP_TIMEOUT[$name]=$stop
    if [[ $start == - ]]; then TIMEOUT[$name]=$SERVICE_TIMEOUT; else TIMEOUT[$name]=$start; fi
    if [[ $extra == - ]]; then EXTRA[$name]="" OTHER_PORTS[$name]=""; else
      EXTRA[$name]=${extra//,/ }
      OTHER_PORTS[$name]=$(printf '%s\n' "${extra//,/$'\n'}" | cut -d: -f2 | paste -sd' ')
    fi
    case $kind in
      server) INFRA+=("$name") ;;
      service) SERVICES+=("$name") APPS+=("$name") ;;
      gateway) GATEWAYS+=("$name") APPS+=("$name") ;;
      demo) DEMOS+=("$name") APPS+=("$name") ;;
      *) die "local-stack/bin/parts.sh: part $name has an unknown kind '$kind'" ;;
    esac
  done <<<"$PARTS_TABLE"
}
read_parts

# Servers used as they are when one already answers on their port (not started, not stopped by ./kabinet)
REUSABLE=(postgres redis)
reusable() { [[ " ${REUSABLE[*]} " == *" $1 "* ]]; }
is_app() { [[ ${KIND[$1]:-} == service || ${KIND[$1]:-} == gateway || ${KIND[$1]:-} == demo ]]; }
extra_port() { # part label -> port
  local entry
  for entry in ${EXTRA[$1]}; do [[ ${entry%%:*} == "$2" ]] && { echo "${entry#*:}"; return; }; done
  die "part $1 has no port labelled $2 (local-stack/bin/parts.sh)"
}
service_name() { echo "${1%-service}"; } # identity-service -> identity (its database kabinet_identity)
parts_of_stage() { # stage -> the parts of that stage, in table order
  local part
  for part in "${ALL_PARTS[@]}"; do [[ ${STAGE[$part]} == "$1" ]] && echo "$part"; done
  return 0
}
extra_ports_note() { # "kafka controller 9093, keycloak management 8190, greenmail SMTP 3025 / IMAP 3143"
  local part entry note="" one
  for part in "${ALL_PARTS[@]}"; do
    [[ -n ${EXTRA[$part]} ]] || continue
    one=""
    for entry in ${EXTRA[$part]}; do one+="${one:+ / }${entry%%:*} ${entry#*:}"; done
    note+="${note:+, }$part $one"
  done
  echo "$note"
}

# ---- health ------------------------------------------------------------------------------------------------
http_ok() { curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null; }
redis_ping() { # port -> true when a Redis server on 127.0.0.1 answers PING with PONG (no redis-cli needed)
  local fd reply=""
  exec {fd}<>"/dev/tcp/127.0.0.1/$1" || return 1
  printf 'PING\r\n' >&"$fd"
  read -r -t 3 reply <&"$fd" || true
  exec {fd}>&-
  [[ $reply == +PONG* ]]
} 2>/dev/null
healthy() {
  case ${HEALTH[$1]:-} in
    pg) pg_isready -q -h 127.0.0.1 -p "${PORT[$1]}" -t 3 ;;
    redis) redis_ping "${PORT[$1]}" ;;
    tcp) (exec 3<>"/dev/tcp/127.0.0.1/${PORT[$1]}") 2>/dev/null ;;
    http:*) http_ok "http://127.0.0.1:${HEALTH[$1]#http:}" ;;
    actuator) http_ok "http://127.0.0.1:${PORT[$1]}/actuator/health/readiness" ;;
    *) return 1 ;;
  esac
}
