# shellcheck shell=bash
# shellcheck disable=SC2153 # PORT, SCALE_RATE and the helpers are bench/run's
# bench/run's part "scaleout" (issue #12): two instances each of metering-service and billing-service in one consumer
# group under load; one of each is killed with -9 and restarted; at the end every reading is counted through the
# pipeline. Sourced by bench/run, which provides say/step/die/calc/kv/now_ms/ready/port_pid/psql_db/table_of/wrk_run,
# $WORK, $ROOT, $JAVA_HOME, $METERING_URL, $ACCOUNT, $METER and the bearer token file ($WORK/bearer).
#
# What "no lost and no duplicated effect" means here, each counted in the databases after the pipeline drained:
#   readings      rows metering stored for the run's submissions (the truth: a request cut by the kill may or may
#                 not have committed, so HTTP answers are not counted)
#   published     metering.ReadingSubmitted.v1 outbox rows of those readings that reached Kafka       (= readings)
#   priced        billing's charge previews of those readings (one per reading, its primary key)    (= readings)
#   decided       readings the demo back office's decision reached (consumed by either metering)    (= readings)
#   decided-sent  metering.ReadingDecided.v1 events of those readings: a decision applied twice     (= readings)
#                 would publish twice
# and the consumer groups' members and partitions before the kill, while one instance is down, and at the end.

SCALE_COPY_PORT_METERING=18083
SCALE_COPY_PORT_BILLING=18084
declare -A SCALE=()
SCALE_GROUPS_BEFORE='' SCALE_GROUPS_DOWN='' SCALE_GROUPS_AFTER='' SCALE_NOTE='' SCALE_REBALANCE_S=''

# start_copy PART PORT: a second instance of a running service: the same jar, environment and JVM options as the one
# ./kabinet up started (read from /proc), on another port, marked -Dkabinet.part=<part>-copy so ./kabinet leaves it be
start_copy() {
  local part=$1 port=$2 pid jar arg
  local -a environment=() command=() args=()
  pid=$(port_pid "${PORT[$part]}")
  [[ -n $pid ]] || die "scale-out: $part is not running on ${PORT[$part]}"
  mapfile -d '' environment <"/proc/$pid/environ"
  mapfile -d '' command <"/proc/$pid/cmdline"
  for arg in "${command[@]:1}"; do
    case $arg in
      -Dkabinet.part=*) args+=("-Dkabinet.part=$part-copy") ;;
      *) args+=("$arg") ;;
    esac
  done
  jar=${command[-1]}
  [[ -f $jar ]] || die "scale-out: $part's jar $jar is gone"
  env -i "${environment[@]}" SERVER_PORT="$port" "${command[0]}" "${args[@]}" >"$WORK/$part-copy.log" 2>&1 &
  echo $!
}
wait_ready() { # port seconds
  local t0
  t0=$(now_ms)
  until ready "$1"; do
    (($(now_ms) - t0 > $2 * 1000)) && return 1
    sleep 1
  done
}
group_members() { # -> "group<TAB>member<TAB>partitions" per member of metering's and billing's groups
  "$JAVA_HOME/bin/java" -Xmx128m -XX:TieredStopAtLevel=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$ROOT/.kabinet/dist/kafka/libs/*" "$BENCH/GroupMembers.java" "${KABINET_KAFKA_BOOTSTRAP:-127.0.0.1:9092}" \
    metering-service billing-service 2>>"$WORK/group-members.log" || echo "(could not describe the groups: $WORK/group-members.log)"
}
member_count() { awk -F'\t' 'NF == 3 { n++ } END { print n + 0 }' <<<"$1"; }
partition_count() { awk -F'\t' 'NF == 3 { n += $3 } END { print n + 0 }' <<<"$1"; }
group_summary() { # members output -> "metering-service: 2 members (3 + 3 partitions); billing-service: …"
  awk -F'\t' 'NF == 3 { n[$1]++; p[$1] = p[$1] (p[$1] == "" ? "" : " + ") $3 }
    END { for (g in n) printf "%s%s: %d member%s (%s partitions)", (i++ ? "; " : ""), g, n[g], (n[g] > 1 ? "s" : ""), p[g] }' <<<"$1"
}

bench_scaleout() {
  local seconds=$SCALE_SECONDS rate=$SCALE_RATE t0_sql metering_copy billing_copy value body outbox t_start now
  local copy_url=http://127.0.0.1:$SCALE_COPY_PORT_METERING/api/v1/accounts/$ACCOUNT/meters/$METER/readings
  step "scale-out: a second metering-service (:$SCALE_COPY_PORT_METERING) and billing-service (:$SCALE_COPY_PORT_BILLING) in the same consumer groups"
  metering_copy=$(start_copy metering-service "$SCALE_COPY_PORT_METERING")
  billing_copy=$(start_copy billing-service "$SCALE_COPY_PORT_BILLING")
  CHILD_PIDS+=("$metering_copy" "$billing_copy")
  wait_ready "$SCALE_COPY_PORT_METERING" 240 || die "scale-out: the metering copy did not get ready ($WORK/metering-service-copy.log)"
  wait_ready "$SCALE_COPY_PORT_BILLING" 240 || die "scale-out: the billing copy did not get ready ($WORK/billing-service-copy.log)"
  sleep 10 # the groups rebalance onto the new members
  SCALE_GROUPS_BEFORE=$(group_members)
  say "  before: $(group_summary "$SCALE_GROUPS_BEFORE")"

  outbox=$(table_of metering outbox_event)
  value=$(psql_db metering "select coalesce(floor(max(v.value)), 0) + 1 from reading_value v join reading r on r.id = v.reading_id where r.meter_id = $METER")
  body="{\"values\":{\"T1\":\"$value.0\"}}"
  t0_sql=$(psql_db metering "select now()")
  bearer_header
  step "scale-out: ${seconds}s of submissions at $rate/s to each metering instance; at $((seconds / 3))s both copies are killed with -9, then restarted"
  t_start=$(now_ms)
  (wrk_run scale-original "$METERING_URL/api/v1/accounts/$ACCOUNT/meters/$METER/readings" "$seconds" "$rate" 4 "$WORK/bearer" POST "$body") &
  local load_original=$!
  (wrk_run scale-copy "$copy_url" "$seconds" "$rate" 4 "$WORK/bearer" POST "$body") &
  local load_copy=$!
  sleep $((seconds / 3))
  kill -9 "$metering_copy" "$billing_copy" 2>/dev/null || true
  say "  $(($(now_ms) - t_start)) ms: killed the metering copy (pid $metering_copy) and the billing copy (pid $billing_copy) with -9"
  # the killed consumers leave their groups when their session times out; the survivors take their partitions
  local members_before partitions_before t_kill
  members_before=$(member_count "$SCALE_GROUPS_BEFORE")
  partitions_before=$(partition_count "$SCALE_GROUPS_BEFORE")
  t_kill=$(now_ms)
  while :; do
    sleep 2
    SCALE_GROUPS_DOWN=$(group_members)
    if (($(member_count "$SCALE_GROUPS_DOWN") < members_before && $(partition_count "$SCALE_GROUPS_DOWN") >= partitions_before)); then
      SCALE_REBALANCE_S=$(calc "($(now_ms) - $t_kill) / 1000")
      break
    fi
    if (($(now_ms) - t_kill > 120000)); then
      SCALE_NOTE+="120 s after the kill the groups had not yet moved every partition to the survivors; "
      break
    fi
  done
  say "  one of each down, ${SCALE_REBALANCE_S:-—} s after the kill: $(group_summary "$SCALE_GROUPS_DOWN")"
  metering_copy=$(start_copy metering-service "$SCALE_COPY_PORT_METERING")
  billing_copy=$(start_copy billing-service "$SCALE_COPY_PORT_BILLING")
  CHILD_PIDS+=("$metering_copy" "$billing_copy")
  say "  $(($(now_ms) - t_start)) ms: restarted both copies"
  wait "$load_original" || SCALE_NOTE="the load on the original instance failed; "
  wait "$load_copy" || SCALE_NOTE+="the load on the copy failed (expected while it was down: its errors are in the raw runs); "
  wait_ready "$SCALE_COPY_PORT_METERING" 240 || SCALE_NOTE+="the metering copy did not get ready again; "
  wait_ready "$SCALE_COPY_PORT_BILLING" 240 || SCALE_NOTE+="the billing copy did not get ready again; "

  step "scale-out: waiting until every reading is published, priced and decided (at most ${DRAIN_CAP}s)"
  local readings published priced decided decided_sent decided_distinct
  while :; do
    readings=$(psql_db metering "select count(*) from reading where meter_id = $METER and submitted_at >= '$t0_sql'")
    published=$(psql_db metering "select count(*) from $outbox o join reading r on r.id = (o.payload ->> 'readingId')::uuid
      where o.event_type = 'metering.ReadingSubmitted.v1' and o.published_at is not null and r.meter_id = $METER and r.submitted_at >= '$t0_sql'")
    priced=$(psql_db billing "select count(*) from charge_preview where meter_id = $METER and calculated_at >= '$t0_sql'")
    decided=$(psql_db metering "select count(*) from reading where meter_id = $METER and submitted_at >= '$t0_sql' and status <> 'IN_PROCESSING'")
    decided_sent=$(psql_db metering "select count(*) from $outbox o join reading r on r.id = (o.payload ->> 'readingId')::uuid
      where o.event_type = 'metering.ReadingDecided.v1' and r.meter_id = $METER and r.submitted_at >= '$t0_sql'")
    now=$(now_ms)
    printf '\r  %6ss: %s readings, %s published, %s priced, %s decided (%s decision events)   ' \
      "$(calc "($now - t_start) / 1000")" "$readings" "$published" "$priced" "$decided" "$decided_sent" >&2
    ((published >= readings && priced >= readings && decided >= readings)) && break
    if (((now - t_start) / 1000 > DRAIN_CAP)); then
      SCALE_NOTE+="not drained within ${DRAIN_CAP}s; "
      break
    fi
    sleep 2
  done
  printf '\n' >&2
  decided_distinct=$(psql_db metering "select count(distinct r.id) from $outbox o join reading r on r.id = (o.payload ->> 'readingId')::uuid
    where o.event_type = 'metering.ReadingDecided.v1' and r.meter_id = $METER and r.submitted_at >= '$t0_sql'")
  SCALE_GROUPS_AFTER=$(group_members)
  say "  after: $(group_summary "$SCALE_GROUPS_AFTER")"
  SCALE[readings]=$readings SCALE[published]=$published SCALE[priced]=$priced SCALE[decided]=$decided
  SCALE[decided_sent]=$decided_sent SCALE[decided_doubled]=$((decided_sent - decided_distinct))
  SCALE[lost_priced]=$((readings - priced)) SCALE[lost_published]=$((readings - published)) SCALE[lost_decided]=$((readings - decided))
  SCALE[answered]=$(($(kv "$WORK/scale-original.txt" requests) + $(kv "$WORK/scale-copy.txt" requests)))
  SCALE[refused]=$(($(kv "$WORK/scale-original.txt" non2xx) + $(kv "$WORK/scale-copy.txt" non2xx)))
  kill "$metering_copy" "$billing_copy" 2>/dev/null || true
}

report_scaleout() { # the section of bench/report.md
  echo
  echo "## Scale-out: two instances of metering-service and billing-service, one of each killed with -9 (issue #12)"
  echo
  echo "${SCALE_SECONDS}s of reading submissions at ${SCALE_RATE}/s to each metering instance (account $ACCOUNT, meter $METER); at $((SCALE_SECONDS / 3))s the second metering and billing instances were killed with -9 and then restarted. Counts from the databases after the pipeline drained:"
  echo
  echo "| Count | Value | Expected | |"
  echo "|---|---|---|---|"
  echo "| readings stored by metering (either instance) | ${SCALE[readings]} | — (HTTP answers: ${SCALE[answered]} requests, ${SCALE[refused]} not 2xx; a request cut by the kill may or may not have committed) | |"
  echo "| … published to Kafka (outbox, either instance) | ${SCALE[published]} | = readings | $( ((SCALE[lost_published] == 0)) && echo ✔ || echo "✘ ${SCALE[lost_published]} lost") |"
  echo "| … priced by billing (one preview per reading) | ${SCALE[priced]} | = readings | $( ((SCALE[lost_priced] == 0)) && echo ✔ || echo "✘ ${SCALE[lost_priced]} lost") |"
  echo "| … decided (the back office's decision consumed by either metering) | ${SCALE[decided]} | = readings | $( ((SCALE[lost_decided] == 0)) && echo ✔ || echo "✘ ${SCALE[lost_decided]} lost") |"
  echo "| metering.ReadingDecided.v1 events for them | ${SCALE[decided_sent]} | = readings, 0 doubled | $( ((SCALE[decided_doubled] == 0)) && echo "✔ 0 doubled" || echo "✘ ${SCALE[decided_doubled]} doubled") |"
  echo
  echo "Consumer groups (members — one per listener container, so a service's instance has several — and the partitions each holds):"
  echo
  echo "- before the kill: $(group_summary "$SCALE_GROUPS_BEFORE")"
  echo "- after the kill, once the killed members had left and the survivors held every partition (${SCALE_REBALANCE_S:-—} s after the kill): $(group_summary "$SCALE_GROUPS_DOWN")"
  echo "- at the end (copies restarted): $(group_summary "$SCALE_GROUPS_AFTER")"
  [[ -n $SCALE_NOTE ]] && echo "- Note: ${SCALE_NOTE%; }."
  return 0
}
