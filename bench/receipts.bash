# shellcheck shell=bash
# shellcheck disable=SC2034 # RECEIPTS_ROWS and RECEIPTS_NOTES are read by the report of bench/run
# The receipts scenario of bench/run (part `receipts`, issue #9 BL-3, docs/adr/0024 and 0037). Sourced by bench/run
# after bench/close.bash, whose helpers it uses (close_psql, close_generate, close_start_service, close_stop_service).
#
# Needs no running stack (PostgreSQL, Kafka and Keycloak only). Two figures:
#   1. throughput: billing-service's ReceiptTemplate.render (parameters, QR code, fill, PDF export) against raw
#      JasperReports fill + the stock PDF exporter of the same compiled template, alternating rounds in one JVM with
#      -Xmx512m (billing-service/src/test/.../ReceiptThroughput; the classpath from one Maven run, nothing installed);
#      receipts/s, CPU per receipt of each path, peak heap;
#   2. on demand: the close part's first billing-service and its closed accounts when that part ran just before (one
#      JVM start less in ./kabinet bench); otherwise a billing-service of its own (-Xmx512m) on BENCH_RECEIPTS_PORT and
#      a schema of its own (receipts_bench in BENCH_BILLING_DB), N generated accounts closed for October 2026 by the
#      operator endpoint, then GET /api/v1/accounts/{n}/receipts/2026-10 of random accounts one after another,
#      directly (not through the gateway), with an operator's token: p50/p95/max of the whole answer (database reads,
#      render, transfer), each answer checked to be a PDF.
# BENCH_RECEIPTS_ACCOUNTS (2,000; --quick 500), BENCH_RECEIPTS_REQUESTS (400; --quick 150).

RECEIPTS_PORT=${BENCH_RECEIPTS_PORT:-18096}
RECEIPTS_ROWS='' RECEIPTS_NOTES=''

receipts_throughput() { # -> RECEIPTS_TP (the RESULT line of ReceiptThroughput) and $WORK/receipts-throughput.md
  local seconds rounds cp_file
  if $QUICK; then seconds=5 rounds=1; else seconds=10 rounds=3; fi
  [[ -n ${BENCH_SMOKE:-} ]] && seconds=2 rounds=1
  cp_file=$WORK/receipts.classpath
  say "building billing-service's test classes and classpath (Maven, nothing installed)"
  (cd "$ROOT" && ./mvnw -B -ntp -q -pl billing-service -am test-compile dependency:build-classpath \
    -Dspotless.check.skip=true -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >"$WORK/receipts-build.log" 2>&1) ||
    die "could not build billing-service's test classes: $(tail -5 "$WORK/receipts-build.log")"
  local classpath
  classpath="$ROOT/billing-service/target/test-classes:$ROOT/billing-service/target/classes:$(cat "$cp_file")"
  say "ReceiptThroughput: ${seconds}s x $rounds rounds per path, 2 threads, -Xmx512m"
  "$JAVA_HOME/bin/java" -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true -cp "$classpath" \
    dev.kabinet.billing.receipts.ReceiptThroughput "$seconds" "$rounds" 2 \
    >"$WORK/receipts-throughput.md" 2>"$WORK/receipts-throughput.err" ||
    die "ReceiptThroughput failed: $(tail -5 "$WORK/receipts-throughput.err")"
  RECEIPTS_TP=$(sed -n 's/^RESULT //p' "$WORK/receipts-throughput.err")
  cat "$WORK/receipts-throughput.md" >&2
}
tp() { tr ' ' '\n' <<<"$RECEIPTS_TP" | awk -F= -v k="$1" '$1 == k { print $2 }'; }

receipts_on_demand() { # -> RECEIPTS_OD_* figures
  local n=${BENCH_RECEIPTS_ACCOUNTS:-} requests=${BENCH_RECEIPTS_REQUESTS:-}
  if [[ -z $n ]]; then if $QUICK; then n=500; else n=2000; fi; fi
  if [[ -z $requests ]]; then if $QUICK; then requests=150; else requests=400; fi; fi
  [[ -n ${BENCH_SMOKE:-} ]] && n=100 requests=20
  local saved_port=$CLOSE_PORT saved_schema=$CLOSE_SCHEMA saved_heap=$CLOSE_HEAP token
  if [[ -n ${RECEIPTS_REUSE:-} ]] && kill -0 "${CLOSE_PID:-0}" 2>/dev/null; then
    # the close part ran just before and left its first process and schema: its accounts are closed for 2026-10
    n=$RECEIPTS_REUSE
    RECEIPTS_OD_WHERE="the close part's first billing-service process (-Xmx$CLOSE_HEAP, schema $CLOSE_SCHEMA of $CLOSE_DB, $n accounts closed)"
    token=$(KABINET_KEYCLOAK_URL=$KEYCLOAK python3 "$ROOT/local-stack/keycloak/token.py" operator --raw) ||
      die "could not get the operator's token from Keycloak ($KEYCLOAK)"
  else
    CLOSE_PORT=$RECEIPTS_PORT CLOSE_SCHEMA=receipts_bench CLOSE_HEAP=512m
    PGPASSWORD=kabinet_billing psql -X -q -At -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U kabinet_billing \
      -d "$CLOSE_DB" -c "drop schema if exists $CLOSE_SCHEMA cascade" -c "create schema $CLOSE_SCHEMA" >/dev/null
    close_start_service
    close_generate "$n"
    local status state=RUNNING t0
    token=$(KABINET_KEYCLOAK_URL=$KEYCLOAK python3 "$ROOT/local-stack/keycloak/token.py" operator --raw) ||
      die "could not get the operator's token from Keycloak ($KEYCLOAK)"
    curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $token" \
      "http://127.0.0.1:$CLOSE_PORT/api/v1/operator/period-closes/2026-10" || die "could not start the close of 2026-10"
    t0=$(now_ms)
    while [[ $state != CLOSED ]] && (($(now_ms) - t0 < 600000)); do
      sleep 2
      status=$(curl -fsS -H "Authorization: Bearer $token" \
        "http://127.0.0.1:$CLOSE_PORT/api/v1/operator/period-closes/2026-10") || continue
      state=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])' <<<"$status")
    done
    [[ $state == CLOSED ]] || die "the close of $n accounts for the receipts did not finish in 600 s"
    RECEIPTS_OD_WHERE="a billing-service of its own (-Xmx512m, schema receipts_bench of $CLOSE_DB, $n accounts generated and closed)"
  fi
  say "closed $n accounts; $requests receipts on demand, one after another"
  # warm-up (JIT, connection pool), not counted
  local i account times=$WORK/receipts-on-demand.times bad=0 bytes cpu0
  for ((i = 0; i < 50; i++)); do
    curl -fsS -o /dev/null -H "Authorization: Bearer $token" \
      "http://127.0.0.1:$CLOSE_PORT/api/v1/accounts/$((9000000000000 + 1 + RANDOM % n))/receipts/2026-10" || true
  done
  : >"$times"
  # the service's own CPU while nobody asks (listeners' polls, the close workers' poll, JIT), to take off below
  local idle0 idle_ms t_idle t_loop
  idle0=$(cpu_ms "$CLOSE_PID") t_idle=$(now_ms)
  sleep 10
  idle_ms=$(($(cpu_ms "$CLOSE_PID") - idle0))
  t_idle=$(($(now_ms) - t_idle))
  cpu0=$(cpu_ms "$CLOSE_PID") t_loop=$(now_ms)
  for ((i = 0; i < requests; i++)); do
    account=$((9000000000000 + 1 + (RANDOM * 32768 + RANDOM) % n))
    # time_total: from the start until the last byte of the PDF
    read -r code type bytes secs < <(curl -sS -o /dev/null -w '%{http_code} %{content_type} %{size_download} %{time_total}\n' \
      -H "Authorization: Bearer $token" "http://127.0.0.1:$CLOSE_PORT/api/v1/accounts/$account/receipts/2026-10")
    if [[ $code == 200 && $type == application/pdf* && $bytes -gt 1000 ]]; then echo "$secs" >>"$times"; else bad=$((bad + 1)); fi
  done
  # the service's CPU per request (GC and JIT threads included), less what it spends idle in as long a time
  t_loop=$(($(now_ms) - t_loop))
  RECEIPTS_OD_CPU=$(calc "($(cpu_ms "$CLOSE_PID") - cpu0 - $idle_ms * $t_loop / $t_idle) / $requests")
  RECEIPTS_OD_IDLE=$(calc "$idle_ms * 1000 / $t_idle")
  RECEIPTS_OD_BAD=$bad RECEIPTS_OD_N=$n RECEIPTS_OD_REQUESTS=$requests
  read -r RECEIPTS_OD_P50 RECEIPTS_OD_P95 RECEIPTS_OD_MAX RECEIPTS_OD_COUNT < <(sort -g "$times" | awk '{ v[NR] = $1 * 1000 }
    END { if (!NR) { print "— — — 0"; exit } i50 = int(NR * 0.50 + 0.999); i95 = int(NR * 0.95 + 0.999);
      printf "%.1f %.1f %.1f %d\n", v[i50], v[i95], v[NR], NR }')
  RECEIPTS_OD_HEAP=$(curl -fsS "http://127.0.0.1:$CLOSE_PORT/actuator/prometheus" 2>/dev/null |
    awk '/^jvm_memory_used_bytes\{.*area="heap"/ { s += $NF } END { if (s) printf "%.0f", s / 1048576; else print "—" }')
  close_stop_service
  if [[ -z ${BENCH_CLOSE_KEEP:-} ]]; then
    PGPASSWORD=kabinet_billing psql -X -q -At -h "$DB_HOST" -p "$DB_PORT" -U kabinet_billing -d "$CLOSE_DB" \
      -c "drop schema if exists $CLOSE_SCHEMA cascade" >/dev/null || true
  fi
  CLOSE_PORT=$saved_port CLOSE_SCHEMA=$saved_schema CLOSE_HEAP=$saved_heap
}

bench_receipts() {
  step "receipts: throughput against raw JasperReports, then on demand over HTTP"
  receipts_throughput
  receipts_on_demand
  local ours raw ratio cpu_ratio ceiling heap
  ours=$(tp kabinet_rate) raw=$(tp raw_rate) heap=$(tp heap_peak_mb)
  ratio=$(ratio "$ours" "$raw")
  cpu_ratio=$(ratio "$(tp raw_cpu_ms)" "$(tp kabinet_cpu_ms)")
  ceiling=$(awk -v c="$(tp cores)" -v ms="$(tp kabinet_cpu_ms)" 'BEGIN { if (ms + 0 == 0) print "—"; else printf "%.0f", c * 1000 / ms }')
  RECEIPTS_ROWS="| Receipts rendered/s (ReceiptTemplate.render, 2 threads, -Xmx512m) | ≥ 300/s and ≥ 0.9 × raw | $ours/s (CPU $(tp kabinet_cpu_ms) ms per receipt: $ceiling/s on $(tp cores) idle cores) | raw JasperReports fill + stock PDF export $raw/s (CPU $(tp raw_cpu_ms) ms) | $ratio (by CPU $cpu_ratio) | $(verdict "$ratio" '>=' 0.9) ratio, $(verdict "$ours" '>=' 300) rate |
| Receipts, peak heap used (-Xmx512m) | ≤ 512 MB | $heap MB | max heap $(tp heap_max_mb) MB | $(ratio "$heap" "$(tp heap_max_mb)") | $(verdict "$heap" '<=' 512) |
| Receipt on demand, p95 (GET …/receipts/2026-10 directly on billing-service, not through the gateway; $RECEIPTS_OD_COUNT requests one after another) | ≤ 200 ms | p95 $RECEIPTS_OD_P95 ms (p50 $RECEIPTS_OD_P50, max $RECEIPTS_OD_MAX; the service's CPU $RECEIPTS_OD_CPU ms per request beyond its idle $RECEIPTS_OD_IDLE ms/s) | the render alone in the throughput run: p95 $(tp kabinet_p95_ms) ms with 2 threads | $(ratio "$RECEIPTS_OD_P95" "$(tp kabinet_p95_ms)") | $(verdict "$RECEIPTS_OD_P95" '<=' 200) |"
  RECEIPTS_NOTES="- Receipts: throughput rounds alternate raw and Kabinet in one JVM (table below); raw = JasperFillManager.fillReport + a stock JRPdfExporter of the same compiled template with the parameters (the QR code drawn) made once; Kabinet = ReceiptTemplate.render: the payment code text, its QR code (ZXing, drawn as vectors), the fill and Kabinet's exporter. CPU per receipt (the measuring threads' CPU time) is the steadier figure on a shared machine. On demand: $RECEIPTS_OD_WHERE; each answer is a checked PDF ($RECEIPTS_OD_BAD of $RECEIPTS_OD_REQUESTS were not); the service's heap in use at the end $RECEIPTS_OD_HEAP MB.
$(sed 's/^/  /' "$WORK/receipts-throughput.md")"
}
