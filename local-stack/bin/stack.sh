# shellcheck shell=bash
# ./kabinet, part 6 of 8: the stack as a whole: up, down, status, logs, reset.
# shellcheck source-path=SCRIPTDIR
# shellcheck source=common.sh
[[ -n ${KABINET_BIN:-} ]] || source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# shellcheck source=parts.sh
[[ -n ${PARTS_TABLE:-} ]] || source "$(dirname "${BASH_SOURCE[0]}")/parts.sh"

# ---- prerequisites -----------------------------------------------------------------------------------------
check_prereqs() { # [infra]
  local missing=() tool
  if [[ ! -x $JAVA ]] || ! "$JAVA" -version 2>&1 | grep -q 'version "25'; then
    die "Temurin 25 is required at $JAVA_HOME (set KABINET_JAVA_HOME to another JDK 25)."
  fi
  for tool in psql pg_isready curl ss unzip awk; do command -v $tool >/dev/null || missing+=("$tool"); done
  if [[ ${1:-} != infra ]]; then for tool in node npm; do command -v $tool >/dev/null || missing+=("$tool"); done; fi
  ((${#missing[@]} == 0)) || die "missing prerequisites: ${missing[*]} (Debian: apt-get install -y postgresql-client curl iproute2 unzip nodejs npm)"
  [[ -x $ROOT/mvnw ]] || die "Maven wrapper $ROOT/mvnw not found."
}

adopt() { # pid part: a process of ours whose pid file was lost (its java may be a child of kc.sh) -> record it again
  local p=$1 found=""
  while [[ -n $p && $p -gt 1 ]]; do
    if is_ours "$p" "$2"; then found=$p; fi
    p=$(awk '{ print $4 }' "/proc/$p/stat" 2>/dev/null || true)
  done
  [[ -n $found ]] || return 1
  echo "$found" >"$(pidfile "$2")"
  warn "$2" "running without a pid file: adopted pid $found"
}
# Fail fast when a port a part needs is held by anything but that part (started by us).
check_ports() { # parts...
  local part port holder ours problems=()
  for part in "$@"; do
    ours=$(our_pid "$part")
    [[ -n $ours ]] && continue
    if reusable "$part" && healthy "$part"; then continue; fi # an existing server is reused
    if is_app "$part" && [[ ! -f $(jar_of "$part") ]]; then continue; fi
    for port in ${PORT[$part]} ${OTHER_PORTS[$part]:-}; do
      if port_busy "$port"; then
        holder=$(port_pid "$port")
        if [[ -n $holder ]] && adopt "$holder" "$part"; then break; fi
        problems+=("port $port ($part) is taken by $(describe_pid "$holder"), which ./kabinet did not start")
      fi
    done
  done
  if ((${#problems[@]})); then
    printf "${R}kabinet: %s${N}\n" "${problems[@]}" >&2
    die "free these ports (stop those processes) and run ./kabinet up again."
  fi
}

# ---- start parts: at most N booting at once, each waited for with its own timeout ---------------------------
FAILED=()
start_parts() { # window parts...
  local window=$1; shift
  local queue=("$@") booting=() next=() part pid t
  declare -A t0=()
  while ((${#queue[@]} + ${#booting[@]})); do
    while ((${#booting[@]} < window && ${#queue[@]})); do
      part=${queue[0]}; queue=("${queue[@]:1}")
      pid=$(our_pid "$part")
      if [[ -z $pid ]] && reusable "$part" && healthy "$part"; then
        ok "$part" ":${PORT[$part]}  existing server on 127.0.0.1:${PORT[$part]} (reused)"
        continue
      fi
      if [[ -n $pid ]] && healthy "$part"; then
        ok "$part" ":${PORT[$part]}  already running (pid $pid)$(newer_build_note "$part")"
        after_started "$part" || true
        continue
      fi
      if [[ -z $pid ]]; then launch_part "$part"; fi
      t0[$part]=$(now_ms)
      booting+=("$part")
    done
    sleep 0.5
    next=()
    for part in "${booting[@]}"; do
      t=$(($(now_ms) - ${t0[$part]}))
      if healthy "$part"; then
        ok "$part" ":${PORT[$part]}  up in $(secs "$t")  (pid $(our_pid "$part"), log .kabinet/logs/$part.log)"
        after_started "$part" || true
      elif [[ -z $(our_pid "$part") ]]; then
        bad "$part" "exited during start-up after $(secs "$t"); last log lines:"
        awk '/^==== /{ n = 0 } { last[++n] = $0 } END { for (i = (n > 15 ? n - 14 : 1); i <= n; i++) print "      " last[i] }' \
          "$LOGS/$part.log"
        FAILED+=("$part")
      elif ((t > ${TIMEOUT[$part]} * 1000)); then
        bad "$part" "not healthy after $(secs "$t") (still running, see .kabinet/logs/$part.log)"
        FAILED+=("$part")
      else
        next+=("$part")
      fi
    done
    booting=("${next[@]}")
  done
}
failed_servers() { # what failed and is not an app (servers, kafka-topics): the stack cannot work without them
  local part out=()
  for part in "${FAILED[@]}"; do is_app "$part" || out+=("$part"); done
  echo "${out[*]}"
}

# ---- commands ----------------------------------------------------------------------------------------------
cmd_up() {
  local only="" rebuild=no build=yes t0 built=() part stage parts=() servers apps
  while (($#)); do
    case $1 in
      --only) only=${2:-}; shift ;;
      --only=*) only=${1#--only=} ;;
      --rebuild) rebuild=yes ;;
      --no-build) build=no ;;
      *) die "up: unknown option $1 (use --only infra, --rebuild, --no-build)" ;;
    esac
    shift
  done
  [[ -z $only || $only == infra ]] || die "up: --only accepts 'infra'"
  t0=$(now_ms)
  mkdir -p "$RUN" "$LOGS" "$DATA" "$DIST"
  say "${B}Kabinet local stack: up${only:+ (only $only)}${N}"
  if [[ $only == infra ]]; then check_prereqs infra; else check_prereqs; fi
  if [[ -z $only ]]; then
    if [[ $build == yes ]]; then build_if_stale "$rebuild"; fi
    for part in "${APPS[@]}"; do
      if [[ -f $(jar_of "$part") ]]; then built+=("$part"); else warn "$part" "not built ($part/target/$part.jar missing) — skipped"; fi
    done
  fi
  check_ports "${INFRA[@]}" "${built[@]}"
  ensure_servers
  export_stack_env
  local_stack_caps
  start_postgres # stage 1
  for stage in $(printf '%s\n' "${STAGE[@]}" | sort -nu); do
    ((stage > 1)) || continue
    parts=()
    for part in $(parts_of_stage "$stage"); do
      if ! is_app "$part" || [[ " ${built[*]} " == *" $part "* ]]; then parts+=("$part"); fi
    done
    ((${#parts[@]})) || continue
    servers=0 apps=0
    for part in "${parts[@]}"; do if is_app "$part"; then apps=$((apps + 1)); else servers=$((servers + 1)); fi; done
    # every server of the stage at once, the apps at most SERVICE_PARALLEL at a time
    start_parts $((servers + (apps < SERVICE_PARALLEL ? apps : SERVICE_PARALLEL))) "${parts[@]}"
    [[ -z $(failed_servers) ]] || die "infrastructure failed: $(failed_servers)"
  done
  say ""
  say "${B}up in $(secs $(($(now_ms) - t0)))${N}"
  local gwnote="" keycloak=http://localhost:${PORT[keycloak]} mail=http://127.0.0.1:${PORT[greenmail]}
  [[ " ${built[*]} " == *" ${GATEWAYS[0]} "* ]] || gwnote="  (gateway not built yet)"
  say "  app              http://localhost:${PORT[${GATEWAYS[0]}]}$gwnote"
  say "  Keycloak admin   $keycloak/admin  (admin / admin), realm 'kabinet'"
  say "  mailbox          $mail  (GreenMail API: GET /api/user/<email>/messages/INBOX; SMTP :$(extra_port greenmail SMTP), IMAP :$(extra_port greenmail IMAP))"
  say "  SMS inbox        http://127.0.0.1:${PORT[sms-sink]}/api/inbox  (GET /api/inbox/+79123456789: the codes sent to that phone)"
  say "  test acquirer    http://127.0.0.1:${PORT[test-acquirer]}/payment/rest/  (the bank's gateway; card 4111 1111 1111 1111, 3-D Secure code 12345678: test-acquirer/README.md)"
  say "  back office      demo residents and ${KABINET_BACKOFFICE_GENERATED_ACCOUNTS:-50} generated accounts sent on backoffice.accounts (./kabinet logs backoffice-demo)"
  say "  demo logins      ivanova / Kabinet-2026 (2 accounts), petrov / Kabinet-2026, operator / Kabinet-2026"
  say "  PostgreSQL       $PG_MODE"
  ((${#FAILED[@]} == 0)) || die "not healthy: ${FAILED[*]}  (./kabinet logs NAME)"
}

stop_parts() { # parts... : SIGTERM all (each process tree, taken before a wrapper such as kc.sh exits and orphans
  # its java), wait (the longest stop timeout among them), SIGKILL leftovers
  local part pid pids=() parts=() deadline left timeout=0 all_pids=""
  for part in "$@"; do
    ((STOP_TIMEOUT[$part] > timeout)) && timeout=${STOP_TIMEOUT[$part]}
    pid=$(our_pid "$part")
    if [[ -z $pid ]]; then
      [[ -f $(pidfile "$part") ]] && { rm -f "$(pidfile "$part")"; say "  - $part: stale pid file removed"; }
      continue
    fi
    all_pids+=" $(tree_pids "$pid" | tr '\n' ' ')"
    kill_tree "$pid" TERM
    pids+=("$pid"); parts+=("$part")
  done
  ((${#pids[@]})) || return 0
  deadline=$(($(now_ms) + timeout * 1000))
  local i
  while :; do
    left=0
    for pid in $all_pids; do alive "$pid" && left=1; done
    ((left == 0)) && break
    if (($(now_ms) > deadline)); then
      for pid in $all_pids; do alive "$pid" && { warn "pid $pid" "did not stop in ${timeout}s: SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; }; done
      sleep 0.5
      break
    fi
    sleep 0.3
  done
  for i in "${!parts[@]}"; do rm -f "$(pidfile "${parts[$i]}")" "$RUN/jars/${parts[$i]}.jar"; ok "${parts[$i]}" "stopped"; done
}
leftovers() { # processes carrying this checkout's markers (pid<TAB>cmd)
  local pid cmd
  while read -r pid cmd; do
    [[ $pid == "$$" || $pid == "$BASHPID" ]] && continue
    if [[ "$cmd " == *"-Dkabinet.home=$ROOT "* || $cmd == *"$KC_HOME/bin/kc.sh"* || $cmd == *"-D $DATA/postgres"* ]]; then
      printf '%s\t%s\n' "$pid" "${cmd:0:100}"
    fi
  done < <(ps -e -o pid=,args=)
}
cmd_down() {
  local t0 left i pid
  t0=$(now_ms)
  say "${B}Kabinet local stack: down${N}"
  mkdir -p "$RUN"
  # the reverse of the start: gateway and demo back office, services (together), then the servers one by one,
  # PostgreSQL last
  stop_parts "${GATEWAYS[@]}" "${DEMOS[@]}"
  stop_parts "${SERVICES[@]}"
  for ((i = ${#INFRA[@]} - 1; i >= 0; i--)); do
    [[ ${INFRA[i]} == postgres ]] || stop_parts "${INFRA[i]}"
  done
  stop_postgres
  rm -f "$RUN/kafka.topics"
  left=$(leftovers)
  if [[ -n $left ]]; then
    warn leftovers "processes started by ./kabinet without a pid file — stopping them:"
    printf '      %s\n' "$left" >&2
    while IFS=$'\t' read -r pid _; do kill -TERM "$pid" 2>/dev/null || true; done <<<"$left"
    sleep 5
    while IFS=$'\t' read -r pid _; do if alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi; done <<<"$left"
    left=$(leftovers)
    [[ -z $left ]] || die "still running: $left"
  fi
  say "down in $(secs $(($(now_ms) - t0))); no Kabinet process left (data kept in .kabinet/data)"
}

cmd_status() {
  local part pid health rss port note color
  printf "${B}%-22s %-6s %-8s %-12s %7s  %s${N}\n" PART PORT PID HEALTH "RSS MB" NOTE
  for part in "${ALL_PARTS[@]}"; do
    port=${PORT[$part]}; pid=$(our_pid "$part"); note=""; rss="-"
    if reusable "$part" && [[ -z $pid ]] && healthy "$part"; then
      pid=$(port_pid "$port"); note="existing server (not started by ./kabinet)"
    fi
    if [[ -n $pid ]]; then
      if healthy "$part"; then health=UP; else health=DOWN; fi
      rss=$(rss_mb "$pid")
    elif is_app "$part" && [[ ! -f $(jar_of "$part") ]]; then
      health="not built"; pid="-"
    else
      health="not started"; pid="-"
      if healthy "$part" 2>/dev/null; then note="port answers, but not started by ./kabinet"; fi
    fi
    if [[ $pid != - ]] && is_app "$part" && [[ -n $(newer_build_note "$part") ]]; then note="running an older build"; fi
    case $health in UP) color=$G ;; DOWN) color=$R ;; *) color=$D ;; esac
    printf "%-22s %-6s %-8s ${color}%-12s${N} %7s  %s\n" "$part" "$port" "${pid:--}" "$health" "$rss" "$note"
  done
  say ""
  printf "%s\n" "extra ports: $(extra_ports_note)"
}

cmd_logs() {
  local name=${1:-} lines=""
  [[ -n $name ]] || die "usage: ./kabinet logs NAME [-n LINES]   (NAME: ${ALL_PARTS[*]} build download kafka-topics)"
  shift
  if [[ ${1:-} == -n ]]; then lines=${2:-100}; elif [[ ${1:-} == -n* ]]; then lines=${1#-n}; fi
  [[ -f $LOGS/$name.log ]] || die "no log $LOGS/$name.log"
  if [[ -n $lines ]]; then tail -n "$lines" "$LOGS/$name.log"; else exec tail -n 100 -F "$LOGS/$name.log"; fi
}

cmd_reset() {
  cmd_down
  rm -rf "$DATA"
  [[ -L $KC_HOME/data ]] && rm -f "$KC_HOME/data"
  rm -f "$RUN/kafka.topics"
  say "reset: .kabinet/data wiped (downloads in .kabinet/dist and logs kept)"
}
