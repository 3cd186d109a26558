# shellcheck shell=bash
# shellcheck disable=SC2034 # BROADCAST_ROWS and BROADCAST_NOTES are read by the report of bench/run
# The broadcast scenario of bench/run (part `broadcast`, issue #11 NT-3, docs/adr/0035). Sourced by bench/run, which
# defines say, step, die, now_ms, calc, ratio, verdict, kv, QUICK, ROOT, WORK, DB_HOST, DB_PORT, KEYCLOAK, CHILD_PIDS.
#
# It needs no running stack: it starts a notification-service of its own (the jar the build left in
# notification-service/target) on BENCH_BROADCAST_PORT with a database of its own (kabinet_notification_notify, created
# and dropped by the run), a Kafka consumer group of its own, and the shared GreenMail. Then:
#   1. seeds BENCH_BROADCAST residents (100,000; --quick 10,000) subscribed to e-mail informing straight into the
#      contacts projection (generate_series), a tenth of them English;
#   2. the operator's broadcast (POST /api/v1/operator/broadcasts), polled until every delivery is sent or dead:
#      e-mails/s = sent / (last sent_at − the broadcast's created_at), and the service's RSS sampled every second;
#   3. reference, the same run: a plain SMTP client (bench/BroadcastReference.java, Jakarta Mail) sends as many of the
#      broadcast's own rendered messages to the same GreenMail and the same mailboxes over as many connections.
# GreenMail keeps every message in memory (a 96 MB heap shared with everyone's tests): the residents share
# BENCH_BROADCAST_MAILBOXES addresses, which a cleaner deletes through GreenMail's API every second during the run
# (DELETE /api/user/<address>), and once more at the end; nobody else's mail is touched.

BROADCAST_PORT=${BENCH_BROADCAST_PORT:-25086}
BROADCAST_DB=${BENCH_BROADCAST_DB:-kabinet_notification_notify}
BROADCAST_MAILBOXES=${BENCH_BROADCAST_MAILBOXES:-20}
BROADCAST_DOMAIN=bench.kabinet.local
BROADCAST_SENDERS=${BENCH_BROADCAST_SENDERS:-4}
BROADCAST_BATCH=${BENCH_BROADCAST_BATCH:-200}
GREENMAIL_API=${BENCH_GREENMAIL_API:-http://127.0.0.1:8025}
SMTP_HOST=${KABINET_SMTP_HOST:-127.0.0.1}
SMTP_PORT=${KABINET_SMTP_PORT:-3025}
BROADCAST_ROWS='' BROADCAST_NOTES=''

broadcast_psql() { # sql -> output (notification's own credentials, as the service uses them)
  PGPASSWORD=kabinet_notification psql -X -q -At -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" \
    -U kabinet_notification -d "$BROADCAST_DB" -c "$1"
}

broadcast_database() { # a fresh database of the bench's own, owned by notification's user
  psql -X -q -At -h "$DB_HOST" -p "$DB_PORT" -U postgres -d postgres \
    -c "drop database if exists $BROADCAST_DB with (force)" \
    -c "create database $BROADCAST_DB owner kabinet_notification" >/dev/null
}

broadcast_start_service() {
  local jar=${BENCH_BROADCAST_JAR:-$ROOT/notification-service/target/notification-service.jar}
  [[ -f $jar ]] || die "no $jar: build it first (./mvnw -B -ntp -q -pl notification-service -am verify -DskipTests)"
  local log=$WORK/broadcast-notification.log
  # no quiet hours, no rate limit for the 20 shared mailboxes, no reminders; a consumer group of its own from the end
  KABINET_DB_NAME=$BROADCAST_DB "$JAVA_HOME/bin/java" -Xmx256m -XX:+UseSerialGC -jar "$jar" \
    --server.port="$BROADCAST_PORT" \
    --spring.kafka.consumer.group-id="notification-broadcast-bench-$$" --spring.kafka.consumer.auto-offset-reset=latest \
    --kabinet.notification.mail.poll-interval=200ms \
    --kabinet.notification.mail.batch-size="$BROADCAST_BATCH" \
    --kabinet.notification.mail.senders="$BROADCAST_SENDERS" \
    --kabinet.notification.rate-limit.max-per-recipient=100000000 \
    --kabinet.notification.sms.quiet-from=00:00 --kabinet.notification.sms.quiet-until=00:00 \
    --kabinet.notification.reminders.cron=- \
    --spring.datasource.hikari.maximum-pool-size=6 \
    >"$log" 2>&1 &
  BROADCAST_PID=$!
  CHILD_PIDS+=("$BROADCAST_PID")
  local i
  for ((i = 0; i < 240; i++)); do
    ready "$BROADCAST_PORT" && return 0
    kill -0 "$BROADCAST_PID" 2>/dev/null || die "notification-service for the broadcast bench died: $(tail -5 "$log")"
    sleep 1
  done
  die "notification-service for the broadcast bench not ready after 240 s: $(tail -5 "$log")"
}

broadcast_stop_service() {
  [[ -n ${BROADCAST_PID:-} ]] || return 0
  kill "$BROADCAST_PID" 2>/dev/null || true
  wait "$BROADCAST_PID" 2>/dev/null || true
  BROADCAST_PID=''
}

broadcast_purge() { # deletes the bench's mailboxes (and their messages) from GreenMail
  local i
  for ((i = 0; i < BROADCAST_MAILBOXES; i++)); do
    curl -fsS -o /dev/null -X DELETE --max-time 5 "$GREENMAIL_API/api/user/bench-broadcast-$i@$BROADCAST_DOMAIN" 2>/dev/null || true
  done
}

broadcast_cleaner() { # every second until killed
  while true; do
    broadcast_purge
    sleep 1
  done
}


bench_broadcast() {
  local n=${BENCH_BROADCAST:-}
  if [[ -z $n ]]; then if $QUICK; then n=10000; else n=100000; fi; fi
  step "broadcast: $n residents (database $BROADCAST_DB, notification-service on $BROADCAST_PORT, GreenMail $SMTP_HOST:$SMTP_PORT)"
  broadcast_database
  broadcast_start_service
  broadcast_psql "insert into contact (account_number, sequence, phone, email, sms_informing, email_informing, bill_delivery, language)
    select (8800000000000 + g)::text, 1, null, 'bench-broadcast-' || (g % $BROADCAST_MAILBOXES) || '@$BROADCAST_DOMAIN', false, true,
           'PAPER', case when g % 10 = 0 then 'en' else 'ru' end
    from generate_series(1, $n) g; analyze contact;" >/dev/null
  broadcast_cleaner &
  local cleaner=$!
  CHILD_PIDS+=("$cleaner")

  local token started id total rss_max=0 rss_start rss cpu0 cpu t0 pending=1 cap=1800
  token=$(KABINET_KEYCLOAK_URL=$KEYCLOAK python3 "$ROOT/local-stack/keycloak/token.py" operator --raw) ||
    die "could not get the operator's token from Keycloak ($KEYCLOAK)"
  rss_start=$(rss_mb "$BROADCAST_PID")
  cpu0=$(cpu_ms "$BROADCAST_PID")
  t0=$(now_ms)
  started=$(curl -fsS -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data '{"topic": "TARIFF_CHANGE", "channel": "EMAIL", "title": "Новые тарифы с 1 июля 2027 года",
             "body": "С 1 июля 2027 года меняются тарифы на электроэнергию и газ. Подробности — в личном кабинете, в разделе «Тарифы».",
             "titleEn": "New tariffs from 1 July 2027", "bodyEn": "Electricity and gas tariffs change on 1 July 2027."}' \
    "http://127.0.0.1:$BROADCAST_PORT/api/v1/operator/broadcasts") || die "could not start the broadcast"
  id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$started")
  total=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])' <<<"$started")
  say "started broadcast $id to $total residents in $(($(now_ms) - t0)) ms"
  while ((pending > 0)); do
    sleep 1
    rss=$(rss_mb "$BROADCAST_PID")
    ((rss > rss_max)) && rss_max=$rss
    (($(now_ms) - t0 > cap * 1000)) && break
    pending=$(broadcast_psql "select count(*) from delivery where broadcast_id = '$id' and status = 'PENDING'")
    say "  pending $pending, RSS $rss MB"
  done
  cpu=$(($(cpu_ms "$BROADCAST_PID") - cpu0))
  local sent dead seconds rate
  sent=$(broadcast_psql "select count(*) from delivery where broadcast_id = '$id' and status = 'SENT'")
  dead=$(broadcast_psql "select count(*) from delivery where broadcast_id = '$id' and status = 'DEAD'")
  seconds=$(broadcast_psql "select extract(epoch from max(d.sent_at) - min(b.created_at)) from delivery d join broadcast b on b.id = d.broadcast_id where b.id = '$id'")
  rate=$(calc "$sent / $seconds")
  say "broadcast: $sent sent, $dead dead in $seconds s = $rate e-mails/s; RSS max $rss_max MB"

  # the reference: the broadcast's own Russian message, as many times, to the same mailboxes, over as many connections
  local msg=$WORK/broadcast-message cp ref_out ref_s ref_rate ref_failures
  mkdir -p "$msg"
  broadcast_psql "select subject from delivery where broadcast_id = '$id' and language = 'ru' limit 1" >"$msg/subject.txt"
  broadcast_psql "select text_body from delivery where broadcast_id = '$id' and language = 'ru' limit 1" >"$msg/text.txt"
  broadcast_psql "select html_body from delivery where broadcast_id = '$id' and language = 'ru' limit 1" >"$msg/html.txt"
  cp=$(find "$HOME/.m2/repository/jakarta/mail/jakarta.mail-api" "$HOME/.m2/repository/org/eclipse/angus/angus-mail" \
    "$HOME/.m2/repository/jakarta/activation/jakarta.activation-api" "$HOME/.m2/repository/org/eclipse/angus/angus-activation" \
    -name '*.jar' ! -name '*sources*' 2>/dev/null | sort -V | awk -F/ '{ k = $(NF-2) } { last[k] = $0 } END { for (k in last) print last[k] }' | paste -sd:)
  ref_out=$("$JAVA_HOME/bin/java" -cp "$cp" "$BENCH/BroadcastReference.java" "$SMTP_HOST" "$SMTP_PORT" "$sent" \
    "$BROADCAST_SENDERS" "$BROADCAST_MAILBOXES" "$BROADCAST_DOMAIN" "$msg") || die "the reference SMTP client failed: $ref_out"
  ref_s=$(kv <(echo "$ref_out") seconds)
  ref_failures=$(kv <(echo "$ref_out") failures)
  ref_rate=$(calc "$sent / $ref_s")
  say "reference: $sent e-mails in $ref_s s = $ref_rate e-mails/s ($ref_failures failures)"

  kill "$cleaner" 2>/dev/null || true
  wait "$cleaner" 2>/dev/null || true
  broadcast_purge
  broadcast_stop_service
  local r
  r=$(ratio "$rate" "$ref_rate")
  local ok='✘'
  [[ $(verdict "$r" '>=' 0.8) == ✔ && $(verdict "$rate" '>=' 100) == ✔ ]] && ok='✔'
  BROADCAST_ROWS="| Broadcast by e-mail to $total residents, e-mails/s | ≥ 0.8 × a plain SMTP client and ≥ 100/s | $rate/s ($sent sent, $dead dead in $seconds s) | plain SMTP client (Jakarta Mail, $BROADCAST_SENDERS connections), the same messages: $ref_rate/s ($ref_s s) | $r | $ok |
| notification-service RSS during the broadcast | ≤ 512 MB | $rss_max MB (max of 1 s samples; $rss_start MB before) | — | — | $(verdict "$rss_max" '<=' 512) |"
  BROADCAST_NOTES="- Broadcast: one notification-service (-Xmx256m, batches of $BROADCAST_BATCH, $BROADCAST_SENDERS SMTP connections) on database $BROADCAST_DB with $n residents seeded into its contacts projection (generate_series); the operator's POST recorded $total deliveries in one INSERT … SELECT; the rate counts from the broadcast's creation to the last e-mail's sent_at. CPU of the service during the broadcast: $(calc "$cpu / 1000") s ($(calc "$cpu * 1000 / ($sent + 1)") µs per e-mail). The residents share $BROADCAST_MAILBOXES GreenMail addresses, deleted through its API every second, so GreenMail's shared heap never holds more than a few seconds of the run's mail."
  [[ -n ${BENCH_BROADCAST_KEEP:-} ]] ||
    psql -X -q -At -h "$DB_HOST" -p "$DB_PORT" -U postgres -d postgres -c "drop database if exists $BROADCAST_DB with (force)" >/dev/null || true
}
