# shellcheck shell=bash
# ./kabinet, part 3 of 8: the servers (kind "server" in parts.sh): download, start, provision, stop.
# launch_<name> starts one in its own session (spawn); start_parts in stack.sh waits for its health.
# shellcheck source-path=SCRIPTDIR
# shellcheck source=common.sh
[[ -n ${KABINET_BIN:-} ]] || source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# shellcheck source=parts.sh
[[ -n ${PARTS_TABLE:-} ]] || source "$(dirname "${BASH_SOURCE[0]}")/parts.sh"

# ---- downloads (Maven Central via the wrapper) -------------------------------------------------------------
ensure_servers() {
  local goals=()
  [[ -f $KAFKA_LIBS/kafka_2.13-$KAFKA_VERSION.jar ]] || goals+=(dependency:copy-dependencies@kafka)
  [[ -x $KC_HOME/bin/kc.sh || -f $DIST/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip ]] || goals+=(dependency:copy@keycloak)
  [[ -f $GREENMAIL_JAR ]] || goals+=(dependency:copy@greenmail)
  if ((${#goals[@]})); then
    local t0; t0=$(now_ms)
    say "  … downloading servers from Maven Central (${goals[*]##*@})"
    (cd "$ROOT" && ./mvnw -B -q -f local-stack/servers/pom.xml "${goals[@]}" -Dkabinet.dist="$DIST" \
      -Dkafka.version="$KAFKA_VERSION" -Dkeycloak.version="$KEYCLOAK_VERSION" -Dgreenmail.version="$GREENMAIL_VERSION") \
      >"$LOGS/download.log" 2>&1 || { tail -20 "$LOGS/download.log" >&2; die "download failed (see .kabinet/logs/download.log)"; }
    ok download "$(secs $(($(now_ms) - t0)))"
  fi
  if [[ ! -x $KC_HOME/bin/kc.sh ]]; then
    unzip -q -o "$DIST/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$DIST"
    rm -f "$DIST/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  fi
  ensure_sms_sink
  ensure_redis
}
newer_than() { # file dir... -> true when a file under the dirs changed after the file was written (or it is missing)
  local file=$1; shift
  [[ -f $file ]] || return 0
  [[ -n $(find "$@" \( -name target -prune \) -o -type f -newermt "@$(stat -c %Z "$file")" -print -quit 2>/dev/null) ]]
}

# ---- PostgreSQL --------------------------------------------------------------------------------------------
PG_MODE=""
PG_ADMIN=()
pg_bin() { { compgen -G '/usr/lib/postgresql/*/bin' || true; } | sort -V | tail -1; }
as_postgres() { # run a command as the postgres OS user when we are root (initdb/postgres refuse root)
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_find_admin() { # how to run psql as the postgres superuser
  local cand
  export PGCONNECT_TIMEOUT=5
  if psql -X -w -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    PG_ADMIN=(psql -X -w -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres); return
  fi
  for cand in "runuser -u postgres --" "sudo -n -u postgres"; do
    [[ $cand == runuser* && $EUID -ne 0 ]] && continue
    if $cand psql -X -w -p "$PG_PORT" -d postgres -tAc 'select 1' >/dev/null 2>&1; then
      read -ra PG_ADMIN <<<"$cand psql -X -w -p $PG_PORT -d postgres"; return
    fi
  done
  die "PostgreSQL answers on 127.0.0.1:$PG_PORT but ./kabinet cannot log in as 'postgres' (no trust for TCP, no local socket access). Set PGPASSWORD or allow trust for 127.0.0.1."
}
pg_provision() { # one role + database (+ _test database) per service, idempotent
  local sql="" part svc
  for part in "${SERVICES[@]}"; do
    svc=$(service_name "$part")
    sql+="DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kabinet_$svc') THEN CREATE ROLE kabinet_$svc LOGIN PASSWORD 'kabinet_$svc';
  ELSE ALTER ROLE kabinet_$svc LOGIN PASSWORD 'kabinet_$svc'; END IF; END \$\$;
SELECT 'CREATE DATABASE kabinet_$svc OWNER kabinet_$svc' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'kabinet_$svc')\\gexec
SELECT 'CREATE DATABASE kabinet_${svc}_test OWNER kabinet_$svc' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'kabinet_${svc}_test')\\gexec
"
  done
  "${PG_ADMIN[@]}" -q -v ON_ERROR_STOP=1 <<<"$sql" >/dev/null || die "creating databases/roles failed"
}
pg_start_embedded() {
  local bin dir=$DATA/postgres
  bin=$(pg_bin)
  [[ -n $bin && -x $bin/initdb ]] || die "no PostgreSQL answers on 127.0.0.1:$PG_PORT and no server binaries under /usr/lib/postgresql/*/bin (apt-get install -y postgresql)"
  mkdir -p "$dir"
  touch "$LOGS/postgres.log"
  [[ $EUID -eq 0 ]] && chown postgres: "$dir" "$LOGS/postgres.log" && chmod 700 "$dir"
  if [[ ! -f $dir/PG_VERSION ]]; then
    as_postgres "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >>"$LOGS/postgres.log" 2>&1 ||
      die "initdb failed (see .kabinet/logs/postgres.log)"
  fi
  as_postgres "$bin/pg_ctl" -D "$dir" -l "$LOGS/postgres.log" -w -t "${TIMEOUT[postgres]}" \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200" start >/dev/null ||
    die "embedded PostgreSQL did not start (see .kabinet/logs/postgres.log)"
  head -1 "$dir/postmaster.pid" >"$(pidfile postgres)"
}
start_postgres() {
  local t0 pid holder
  t0=$(now_ms)
  pid=$(our_pid postgres)
  if [[ -n $pid ]] && healthy postgres; then
    PG_MODE="embedded server in .kabinet/data/postgres (already running)"
  elif healthy postgres; then
    PG_MODE="existing server on 127.0.0.1:$PG_PORT (reused)"
  else
    if port_busy "$PG_PORT"; then
      holder=$(port_pid "$PG_PORT")
      die "port $PG_PORT (postgres) is taken by $(describe_pid "$holder"), which does not answer as PostgreSQL"
    fi
    pg_start_embedded
    PG_MODE="embedded server started in .kabinet/data/postgres ($(basename "$(dirname "$(pg_bin)")"))"
  fi
  pg_find_admin
  pg_provision
  ok postgres ":$PG_PORT  $PG_MODE, databases kabinet_<svc>[_test] ready  $(secs $(($(now_ms) - t0)))"
}
stop_postgres() {
  local pid
  pid=$(our_pid postgres)
  [[ -n $pid ]] || { rm -f "$(pidfile postgres)"; return 0; }
  as_postgres "$(pg_bin)/pg_ctl" -D "$DATA/postgres" -m fast -w -t "${STOP_TIMEOUT[postgres]}" stop >/dev/null 2>&1 ||
    kill_tree "$pid" 15
  rm -f "$(pidfile postgres)"
  ok postgres "stopped (embedded)"
}

# ---- Kafka (KRaft, single node) ----------------------------------------------------------------------------
launch_kafka() {
  local dir=$DATA/kafka props=$DATA/kafka/server.properties id port=${PORT[kafka]} controller
  controller=$(extra_port kafka controller)
  mkdir -p "$dir"
  cat >"$props" <<PROPERTIES
# generated by ./kabinet (single node, KRaft: broker + controller)
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/logs
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=10
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
log.retention.hours=168
num.network.threads=2
num.io.threads=4
background.threads=4
PROPERTIES
  if [[ ! -f $dir/logs/meta.properties ]]; then
    id=$(head -c16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
    # --cluster-id=ID, not "-t ID": a base64url id starting with '-' (1 run in 64) would be read as an option
    if ! "$JAVA" -Xmx128m -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool format --cluster-id="$id" -c "$props" \
      >>"$LOGS/kafka.log" 2>&1; then
      tail -5 "$LOGS/kafka.log" >&2
      die "formatting Kafka storage failed (see .kabinet/logs/kafka.log)"
    fi
  fi
  jvm_args "$KAFKA_JVM_OPTS" kafka
  spawn kafka "$JAVA" "${JVM_ARGS[@]}" -Dorg.slf4j.simpleLogger.defaultLogLevel=info \
    -Dorg.slf4j.simpleLogger.showDateTime=true -cp "$KAFKA_LIBS/*" kafka.Kafka "$props"
}
after_kafka() { # topics from local-stack/kafka/topics.txt, idempotent; skipped when nothing changed
  local stamp=$RUN/kafka.topics list=$LOCAL_STACK/kafka/topics.txt pid
  pid=$(our_pid kafka)
  if [[ -f $stamp && $(<"$stamp") == "$pid" && ! $list -nt $stamp ]]; then return 0; fi
  if ! "$JAVA" -Xmx128m -XX:TieredStopAtLevel=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$KAFKA_LIBS/*" \
    "$LOCAL_STACK/kafka/Topics.java" "127.0.0.1:${PORT[kafka]}" "$list" >>"$LOGS/kafka-topics.log" 2>&1; then
    tail -5 "$LOGS/kafka-topics.log" >&2
    bad kafka-topics "topic creation failed"
    FAILED+=(kafka-topics)
    return 1
  fi
  echo "$pid" >"$stamp"
  say "      $(grep '^topics:' "$LOGS/kafka-topics.log" | tail -1)"
}

# ---- Keycloak ----------------------------------------------------------------------------------------------
realm_sum() { sha256sum "$LOCAL_STACK/keycloak/realm-kabinet.json" | cut -c1-16; }
keycloak_extension() { # local-stack/keycloak/extension -> providers/kabinet-keycloak.jar (javac against Keycloak's jars)
  local src=$LOCAL_STACK/keycloak/extension jar=$KC_HOME/providers/kabinet-keycloak.jar classes=$DATA/keycloak-extension
  newer_than "$jar" "$src" || return 0
  rm -rf "$classes" && mkdir -p "$classes"
  local sources
  mapfile -t sources < <(find "$src/src" -name '*.java')
  "$JAVA_HOME/bin/javac" -nowarn --release 21 -cp "$KC_HOME/lib/lib/main/*" -d "$classes" "${sources[@]}" >>"$LOGS/keycloak.log" 2>&1 ||
    die "compiling the Keycloak extension failed (see .kabinet/logs/keycloak.log)"
  cp -r "$src/META-INF" "$classes/"
  "$JAVA_HOME/bin/jar" --create --file "$jar" -C "$classes" . || die "packaging the Keycloak extension failed"
}
launch_keycloak() {
  local data=$DATA/keycloak port=${PORT[keycloak]}
  # The realm is imported only into an empty Keycloak; when the realm file changed, start from scratch.
  if [[ -f $data/.realm-sum && $(<"$data/.realm-sum") != "$(realm_sum)" ]]; then
    warn keycloak "realm-kabinet.json changed: re-creating Keycloak's dev database (runtime users are dropped)"
    rm -rf "$data"
  fi
  mkdir -p "$data/import"
  [[ -L $KC_HOME/data || ! -e $KC_HOME/data ]] || rm -rf "$KC_HOME/data"
  ln -sfn "$data" "$KC_HOME/data"
  cp "$LOCAL_STACK/keycloak/realm-kabinet.json" "$data/import/realm-kabinet.json"
  realm_sum >"$data/.realm-sum"
  # Kabinet's login theme (served from the themes folder; start-dev does not cache it) and locale selector
  rm -rf "$KC_HOME/themes/kabinet"
  cp -r "$LOCAL_STACK/keycloak/themes/kabinet" "$KC_HOME/themes/kabinet"
  keycloak_extension
  JAVA_OPTS="$KC_JVM_OPTS" JAVA_OPTS_APPEND="$(java_marker keycloak)" \
    KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin} \
    spawn keycloak "$KC_HOME/bin/kc.sh" start-dev --http-host 127.0.0.1 --http-port "$port" \
    --http-management-port "$(extra_port keycloak management)" --health-enabled=true --hostname "http://localhost:$port" \
    --import-realm --spi-locale-selector--provider=kabinet
}
after_keycloak() { # a Keycloak that was already running keeps the realm, theme and extension it started with
  local sum=$DATA/keycloak/.realm-sum
  if [[ -f $sum && $(<"$sum") != "$(realm_sum)" ]]; then
    warn keycloak "realm-kabinet.json changed since Keycloak started: ./kabinet down && ./kabinet up to import it"
  fi
  if newer_than "$sum" "$LOCAL_STACK/keycloak/themes" "$LOCAL_STACK/keycloak/extension"; then
    warn keycloak "the login theme or extension changed since Keycloak started: ./kabinet down && ./kabinet up to use it"
  fi
  return 0
}

# ---- Redis (the gateway's sessions: Spring Session, the OIDC session registry) --------------------------------
ensure_redis() { # Debian's redis-server, installed when no Redis answers on its port and none is installed
  healthy redis && return 0
  apt_install redis-server redis-server || die "redis-server is missing and could not be installed (apt-get install -y redis-server)"
}
launch_redis() {
  local dir=$DATA/redis
  mkdir -p "$dir"
  # a snapshot a minute when something changed: sessions survive ./kabinet down/up; no password on 127.0.0.1
  spawn redis redis-server --bind 127.0.0.1 --port "${PORT[redis]}" --dir "$dir" --save "60 1" --appendonly no \
    --protected-mode yes --daemonize no --maxmemory 128mb --maxmemory-policy volatile-lru
}

# ---- GreenMail (SMTP, IMAP, REST API) ----------------------------------------------------------------------
launch_greenmail() {
  # -Dgreenmail.setup.test.smtp/imap: SMTP 3025, IMAP 3143 (the extra ports of the parts table)
  jvm_args "$GREENMAIL_JVM_OPTS" greenmail
  spawn greenmail "$JAVA" "${JVM_ARGS[@]}" \
    -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="${PORT[greenmail]}" -jar "$GREENMAIL_JAR"
}

# ---- SMS sink (sms-sink/: the SMS provider of local runs and tests, inbox over HTTP) -------------------------
SMS_SINK_JAR=$ROOT/sms-sink/target/sms-sink.jar
ensure_sms_sink() { # build sms-sink/target/sms-sink.jar when missing or older than its sources
  [[ -f $ROOT/sms-sink/pom.xml ]] || return 0
  newer_than "$SMS_SINK_JAR" "$ROOT/sms-sink" || return 0
  local t0; t0=$(now_ms)
  say "  … building sms-sink (./mvnw -B -q -pl sms-sink -DskipTests package, log: .kabinet/logs/build-sms-sink.log)"
  (cd "$ROOT" && ./mvnw -B -q -pl sms-sink -DskipTests package) >"$LOGS/build-sms-sink.log" 2>&1 ||
    { tail -20 "$LOGS/build-sms-sink.log" >&2; die "building sms-sink failed (see .kabinet/logs/build-sms-sink.log)"; }
  ok sms-sink "built in $(secs $(($(now_ms) - t0)))"
}
launch_sms_sink() {
  local jar=$RUN/jars/sms-sink.jar
  mkdir -p "$RUN/jars"
  cp -f "$SMS_SINK_JAR" "$jar.tmp" && mv -f "$jar.tmp" "$jar" # a private copy, as for the apps
  jvm_args "$SMS_SINK_JVM_OPTS" sms-sink
  SERVER_PORT=${PORT[sms-sink]} spawn sms-sink "$JAVA" "${JVM_ARGS[@]}" -jar "$jar"
}
