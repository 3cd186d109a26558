# shellcheck shell=bash
# shellcheck disable=SC2034 # CLOSE_ROWS and CLOSE_NOTES are read by the report of bench/run
# The period close scenario of bench/run (part `close`, issue #9, docs/adr/0023). Sourced by bench/run, which defines
# say, step, die, now_ms, calc, ratio, kv, QUICK, ROOT, WORK, DB_HOST, DB_PORT, KEYCLOAK and CHILD_PIDS.
#
# It needs no running stack: it starts BENCH_CLOSE_INSTANCES (2) billing-service processes of its own (the jar the build
# left in billing-service/target) on BENCH_CLOSE_PORT and the port after it, sharing one close, on a schema of its own (close_bench in billing's database, dropped afterwards), with a Kafka
# consumer group of its own and the outbox relay held back (a million receipts stay in the schema's outbox instead of
# going to the shared broker), and Keycloak for the operator's token. Then:
#   1. generates the accounts with generate_series straight into billing's tables: per account an electricity line
#      (meter, readings on 25.09 and 25.10) and a penalty line, every second account a gas line charged by the normative;
#      September's balances, a third with an August debt (penalties accrue in October), half with a payment in October;
#   2. reference: PostgreSQL's INSERT … SELECT of as many rows as the close writes into line_settlement (one per line),
#      into a copy of that table with its indexes, in the same run;
#   3. the close of October 2026 started by the operator endpoint, polled until CLOSED: accounts/s from the close's own
#      started/finished times.
# BENCH_CLOSE_ACCOUNTS overrides the size (1,000,000; 50,000 with --quick). BENCH_CLOSE_KEEP=1 keeps the schema.

CLOSE_PORT=${BENCH_CLOSE_PORT:-18094}
CLOSE_SCHEMA=close_bench
# billing's database (BENCH_BILLING_DB, kabinet_billing): a copy on a database of its own, e.g. kabinet_billing_<name>
# owned by kabinet_billing, keeps a helper's run off the dev stack's database
CLOSE_DB=${BENCH_BILLING_DB:-kabinet_billing}
CLOSE_HEAP=768m
CLOSE_ROWS='' CLOSE_NOTES=''

close_psql() { # sql -> output (billing's own credentials, as the service uses them)
  PGPASSWORD=kabinet_billing psql -X -q -At -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U kabinet_billing \
    -d "$CLOSE_DB" -c "set search_path = $CLOSE_SCHEMA" -c "$1"
}

close_generate() { # accounts
  local n=$1
  close_psql "
insert into tariff (service, scheme, zone, kopecks_per_unit, valid_from)
values ('ELECTRICITY', 'SINGLE', 'T1', 643, date '2026-01-01'), ('GAS', 'SINGLE', 'T1', 800, date '2026-01-01');
insert into normative (normative_id, revision, service, unit, per_resident_per_month, valid_from)
values ('bench-gas', 1, 'GAS', 'M3', 10, date '2026-01-01');
insert into billed_account (account_number, sequence, closed, residents)
select (9000000000000 + g)::text, 1, false, 1 + g % 4 from generate_series(1, $n) g;
insert into billed_account_charge_line (account_number, code, service, kind, name, position)
select (9000000000000 + g)::text, l.code, l.service, l.kind, l.name, l.position
from generate_series(1, $n) g
cross join (values ('EL', 'ELECTRICITY', 'CONSUMPTION', 'Электроэнергия', 0),
                   ('EL_PENALTY', 'ELECTRICITY', 'PENALTY', 'Пени', 1),
                   ('GAS', 'GAS', 'CONSUMPTION', 'Природный газ', 2)) as l(code, service, kind, name, position)
where l.code <> 'GAS' or g % 2 = 0;
insert into billed_meter (account_number, meter_id, service, zones, digit_capacity, decimals, retired)
select (9000000000000 + g)::text, 101, 'ELECTRICITY', 'T1', 6, 1, false from generate_series(1, $n) g;
insert into accepted_reading (reading_id, account_number, meter_id, taken_at, taken_on, channel)
select gen_random_uuid(), (9000000000000 + g)::text, 101, d + time '09:00' - interval '3 hours', d, 'BENCH'
from generate_series(1, $n) g cross join (values (date '2026-09-25'), (date '2026-10-25')) as r(d);
insert into accepted_reading_value (reading_id, zone, value)
select reading_id, 'T1', 1000 + account_number::bigint % 500
       + case when taken_on = date '2026-10-25' then 150 + account_number::bigint % 100 else 0 end
from accepted_reading where channel = 'BENCH'; -- not what the service's listeners took from the shared broker meanwhile
insert into line_settlement (account_number, line_code, period, opening_kopecks, charges_kopecks, recalculations_kopecks, version)
select (9000000000000 + g)::text, 'EL', date '2026-08-01', 0, 80000, 0, 0 from generate_series(1, $n) g where g % 3 = 0
union all
select (9000000000000 + g)::text, 'EL', date '2026-09-01', case when g % 3 = 0 then 80000 else 0 end,
       50000 + g % 30000, 0, 0 from generate_series(1, $n) g
union all
select (9000000000000 + g)::text, 'EL_PENALTY', date '2026-09-01', 1000, 0, 0, 0
from generate_series(1, $n) g where g % 3 = 0
union all
select (9000000000000 + g)::text, 'EL', date '2026-10-01', 0, 0, 0, 0 from generate_series(1, $n) g where g % 2 = 1;
insert into line_settlement_payment (account_number, line_code, period, payment_id, paid_on, kopecks)
select (9000000000000 + g)::text, 'EL', date '2026-10-01', gen_random_uuid(), date '2026-10-15', 40000
from generate_series(1, $n) g where g % 2 = 1;
analyze;"
}

close_start_service() { # the first instance, on CLOSE_PORT -> CLOSE_PID
  close_start_instance "$CLOSE_PORT" "$WORK/close-billing.log"
  CLOSE_PID=$STARTED_PID
}

close_start_second() { # another instance on the same schema, on CLOSE_PORT + 1 -> CLOSE_PID2 (after the first migrated it)
  close_start_instance "$((CLOSE_PORT + 1))" "$WORK/close-billing-2.log"
  CLOSE_PID2=$STARTED_PID
}

close_start_instance() { # port log -> STARTED_PID
  local jar=$ROOT/billing-service/target/billing-service.jar port=$1 log=$2
  [[ -f $jar ]] || die "no $jar: build it first (./mvnw -B -ntp -q -pl billing-service -am verify -DskipTests)"
  # the outbox relay waits a day (the receipts stay in the bench schema, not on the shared broker); the workers poll
  # every second; a consumer group of its own, from the end of the topics
  "$JAVA_HOME/bin/java" "-Xmx$CLOSE_HEAP" -jar "$jar" \
    --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://$DB_HOST:$DB_PORT/$CLOSE_DB?currentSchema=$CLOSE_SCHEMA" \
    --spring.flyway.schemas="$CLOSE_SCHEMA" --spring.flyway.default-schema="$CLOSE_SCHEMA" \
    --spring.kafka.consumer.group-id="billing-close-bench-$$" --spring.kafka.consumer.auto-offset-reset=latest \
    --kabinet.outbox.poll-interval=24h \
    --kabinet.billing.close.poll-interval=1s \
    --kabinet.billing.close.workers="${BENCH_CLOSE_WORKERS:-2}" \
    --kabinet.billing.close.chunk-size="${BENCH_CLOSE_CHUNK:-1000}" \
    --spring.datasource.hikari.maximum-pool-size=6 \
    --logging.level.dev.kabinet.billing.closing=debug \
    >"$log" 2>&1 &
  STARTED_PID=$!
  CHILD_PIDS+=("$STARTED_PID")
  local i
  for ((i = 0; i < 360; i++)); do
    ready "$port" && return 0
    kill -0 "$STARTED_PID" 2>/dev/null || die "billing-service for the close bench died: $(tail -5 "$log")"
    sleep 1
  done
  die "billing-service for the close bench not ready after 360 s: $(tail -5 "$log")"
}

close_stop_service() {
  local pid
  for pid in ${CLOSE_PID:-} ${CLOSE_PID2:-}; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  CLOSE_PID='' CLOSE_PID2=''
}

CLOSE_PHASES=''
close_phases() { # log -> CLOSE_PHASES: the mean ms per chunk of each phase (PeriodClosing's debug lines)
  CLOSE_PHASES=$(awk '/Chunk [0-9]+ of/ { n++; for (i = 1; i <= NF; i++) { if ($i == "read") r += $(i + 1); if ($i == "closed") c += $(i + 1);
      if ($i == "settlements") s += $(i + 1); if ($i == "outbox") o += $(i + 1) } }
    END { if (n) printf "per chunk (mean of %d): read %.0f ms, close in Java %.0f ms, settlements and closed accounts %.0f ms, outbox %.0f ms", n, r / n, c / n, s / n, o / n }' "$1")
}

bench_close() {
  local n=${BENCH_CLOSE_ACCOUNTS:-}
  if [[ -z $n ]]; then if $QUICK; then n=50000; else n=1000000; fi; fi
  step "period close: $n accounts (schema $CLOSE_SCHEMA of $CLOSE_DB, billing-service on $CLOSE_PORT)"
  PGPASSWORD=kabinet_billing psql -X -q -At -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U kabinet_billing \
    -d "$CLOSE_DB" -c "drop schema if exists $CLOSE_SCHEMA cascade" -c "create schema $CLOSE_SCHEMA" >/dev/null
  close_start_service
  local instances=${BENCH_CLOSE_INSTANCES:-2}
  ((instances > 1)) && close_start_second # "several billing instances share one close (prove it with two)"
  local t0 gen_s lines base_ms token status t_start
  t0=$(now_ms)
  close_generate "$n"
  gen_s=$(calc "($(now_ms) - $t0) / 1000")
  lines=$(close_psql "select count(*) from billed_account_charge_line")
  say "generated $n accounts, $lines lines in $gen_s s"

  # reference: INSERT … SELECT of as many rows as the close writes into line_settlement, same indexes
  close_psql "create table close_baseline (like line_settlement including all)" >/dev/null
  t0=$(now_ms)
  close_psql "insert into close_baseline (account_number, line_code, period, opening_kopecks, charges_kopecks,
      recalculations_kopecks, version, closing_kopecks, closed_at)
    select account_number, code, date '2026-10-01', 0, 0, 0, 0, 0, now() from billed_account_charge_line" >/dev/null
  base_ms=$(($(now_ms) - t0))
  say "INSERT … SELECT of $lines rows: $base_ms ms"

  token=$(KABINET_KEYCLOAK_URL=$KEYCLOAK python3 "$ROOT/local-stack/keycloak/token.py" operator --raw) ||
    die "could not get the operator's token from Keycloak ($KEYCLOAK)"
  local cpu0
  cpu0=$(cpu_ms "$CLOSE_PID" ${CLOSE_PID2:+"$CLOSE_PID2"})
  t_start=$(now_ms)
  status=$(curl -fsS -X POST -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$CLOSE_PORT/api/v1/operator/period-closes/2026-10") || die "could not start the close"
  say "started: $status"
  local cap=1800 state=RUNNING refreshed=''
  while [[ $state != CLOSED ]]; do
    sleep 2
    (($(now_ms) - t_start > cap * 1000)) && break
    if (($(now_ms) - t_start > 240000)) && [[ -z $refreshed ]]; then # tokens live 5 minutes
      token=$(KABINET_KEYCLOAK_URL=$KEYCLOAK python3 "$ROOT/local-stack/keycloak/token.py" operator --raw) || true
      refreshed=1
    fi
    status=$(curl -fsS -H "Authorization: Bearer $token" \
      "http://127.0.0.1:$CLOSE_PORT/api/v1/operator/period-closes/2026-10") || continue
    state=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])' <<<"$status")
    say "  $(python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["accountsDone"], "/", s["accountsTotal"], "eta", s["etaSeconds"], "s")' <<<"$status")"
  done
  local wall_ms=$(($(now_ms) - t_start)) close_s acc_rate base_rate closed receipts cpu
  cpu=$(($(cpu_ms "$CLOSE_PID" ${CLOSE_PID2:+"$CLOSE_PID2"}) - cpu0))
  local shares
  # each instance's share, by the process (pid@host) in the chunk's done_by and the account's closed_by
  shares=$(close_psql "select string_agg(format('%s: %s chunks, %s accounts', c.instance, c.chunks, a.accounts), '; ' order by c.instance)
    from (select split_part(done_by, '#', 1) as instance, count(*) as chunks from period_close_chunk
          where period = date '2026-10-01' group by 1) c
    join (select split_part(closed_by, '#', 1) as instance, count(*) as accounts from closed_account
          where period = date '2026-10-01' group by 1) a using (instance)")
  close_s=$(close_psql "select extract(epoch from finished_at - started_at) from period_close where period = date '2026-10-01'")
  closed=$(close_psql "select count(*) from closed_account")
  receipts=$(close_psql "select count(*) from outbox_event where event_type = 'billing.ReceiptIssued.v1'")
  RECEIPTS_REUSE=''
  if [[ $state == CLOSED ]] && [[ $PARTS == *" receipts "* ]]; then
    # the receipts part asks this close's first process for receipts of the accounts just closed (saves a start)
    RECEIPTS_REUSE=$n
    if [[ -n ${CLOSE_PID2:-} ]]; then kill "$CLOSE_PID2" 2>/dev/null || true; wait "$CLOSE_PID2" 2>/dev/null || true; CLOSE_PID2=''; fi
  else
    close_stop_service
  fi
  close_phases "$WORK/close-billing.log"
  if [[ $state != CLOSED || -z $close_s ]]; then
    CLOSE_ROWS="| Period close, accounts/s ($n accounts, $lines lines) | 1,000,000 in ≤ 300 s | not closed within $cap s ($closed closed) | — | — | ✘ |"
  else
    acc_rate=$(calc "$closed / $close_s") # the generated accounts and any the service's listeners took meanwhile
    base_rate=$(calc "$closed / ($base_ms / 1000)")
    CLOSE_ROWS="| Period close, accounts/s ($n accounts, $lines lines) | ≥ 3,333/s (1,000,000 in ≤ 300 s) | $acc_rate/s ($(calc "$close_s") s; wall $(calc "$wall_ms / 1000") s from the operator's request) | INSERT … SELECT of $lines rows: $(calc "$lines / ($base_ms / 1000)") rows/s = $base_rate accounts/s ($(calc "$base_ms / 1000") s) | $(ratio "$acc_rate" "$base_rate") | $(verdict "$acc_rate" '>=' 3333) |"
  fi
  CLOSE_NOTES="- Period close: $instances billing-service process(es) sharing the close (each ${BENCH_CLOSE_WORKERS:-2} workers, chunks of ${BENCH_CLOSE_CHUNK:-1000} accounts; by instance: ${shares:-—}; each account closed once, closed_account's key refuses a second) on schema $CLOSE_SCHEMA; $n accounts with $lines charge lines generated by generate_series in $gen_s s (not counted); $closed accounts closed (a few more than generated when other tests' account.AccountChanged.v1 reached the bench's listeners meanwhile), $receipts billing.ReceiptIssued.v1 in the outbox (the relay held back: publishing them is not in the figure). CPU of the billing-service process(es) during the close: $(calc "$cpu / 1000") s ($(calc "$cpu * 1000 / $n") µs per account); the rest of the time is PostgreSQL's (and the machine's other load); ${CLOSE_PHASES:-no phase timings}. The close writes per chunk the lines' settlements, the closed accounts and the receipts' outbox rows; the reference writes only the settlement rows."
  say "close: ${acc_rate:-—} accounts/s; reference ${base_rate:-—} accounts/s"
  if [[ -z ${BENCH_CLOSE_KEEP:-} && -z $RECEIPTS_REUSE ]]; then
    PGPASSWORD=kabinet_billing psql -X -q -At -h "$DB_HOST" -p "$DB_PORT" -U kabinet_billing -d "$CLOSE_DB" \
      -c "drop schema if exists $CLOSE_SCHEMA cascade" >/dev/null || true
  fi
}
