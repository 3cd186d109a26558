# shellcheck shell=bash
# ./kabinet, part 7 of 8: ./kabinet test (every test, in timed phases, always down at the end) and ./kabinet bench.
# shellcheck source-path=SCRIPTDIR
# shellcheck source=common.sh
[[ -n ${KABINET_BIN:-} ]] || source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# shellcheck source=parts.sh
[[ -n ${PARTS_TABLE:-} ]] || source "$(dirname "${BASH_SOURCE[0]}")/parts.sh"

PHASES=()
phase() { # name command... : run, time, record
  local name=$1 t0 rc=0; shift
  t0=$(now_ms)
  say ""
  say "${B}==> $name${N}"
  "$@" || rc=$?
  PHASES+=("$(printf '%-34s %8s  %s' "$name" "$(mmss $(($(now_ms) - t0)))" "$([[ $rc == 0 ]] && echo ok || echo "FAILED ($rc)")")")
  return $rc
}
print_phases() {
  say ""
  say "${B}test phases${N}"
  printf '  %s\n' "${PHASES[@]}"
}
install_missing() {
  apt_install /usr/bin/chromium chromium || return 1
  ok chromium "$(/usr/bin/chromium --version 2>/dev/null || echo present)"
  apt_install shellcheck shellcheck || return 1
  ok shellcheck "$(shellcheck --version | awk '/^version:/ { print $2 }')"
  # promtool checks and unit-tests deploy/observability's alert rules and the dashboards' queries (DeployObservabilityTest)
  apt_install promtool prometheus || return 1
  ok promtool "$(promtool --version 2>&1 | awk 'NR == 1 { print $3 }')"
  local cli
  cli=$(compose_cli) || { apt_install docker-compose docker-compose || return 1; cli=docker-compose; }
  # shellcheck disable=SC2086 # "docker compose" is two words
  ok compose "$($cli version 2>/dev/null | head -1)"
  local dir
  for dir in web-client e2e-tests/browser; do
    [[ -f $ROOT/$dir/package-lock.json ]] || continue
    if [[ ! -f $ROOT/$dir/node_modules/.package-lock.json || $ROOT/$dir/package-lock.json -nt $ROOT/$dir/node_modules/.package-lock.json ]]; then
      (cd "$ROOT/$dir" && npm ci --no-audit --no-fund) || return 1
    fi
    ok "$dir" "npm packages installed"
  done
}
shell_scripts() { # every shell script of the repository: *.sh, or an executable with a sh/bash shebang (not mvnw)
  local file
  while IFS= read -r -d '' file; do
    [[ $file == */mvnw ]] && continue
    if [[ $file == *.sh ]] || head -n1 "$file" 2>/dev/null | grep -Eq '^#!.*[/ ](ba)?sh( |$)'; then
      echo "${file#"$ROOT"/}"
    fi
  done < <(find "$ROOT" \( -name .git -o -name .kabinet -o -name node_modules -o -name target -o -name dist \) -prune \
    -o -type f \( -name '*.sh' -o -perm -u+x \) -print0 | sort -z)
}
check_scripts() { # ShellCheck at every severity, following sourced files: any finding fails
  local scripts
  mapfile -t scripts < <(shell_scripts)
  (cd "$ROOT" && shellcheck -x "${scripts[@]}") || return 1
  ok shellcheck "${#scripts[@]} scripts clean: ${scripts[*]}"
}
compose_cli() { # the Compose CLI that reads docker-compose.yml without a Docker daemon: the v2 plugin, else Debian's
  if docker compose version >/dev/null 2>&1; then echo "docker compose"; elif command -v docker-compose >/dev/null; then echo docker-compose; else return 1; fi
}
check_compose() { # docker-compose.yml against the Compose file schema, merged and interpolated (no daemon needed)
  local cli
  cli=$(compose_cli) || { bad compose "no docker compose / docker-compose"; return 1; }
  # shellcheck disable=SC2086 # "docker compose" is two words
  (cd "$ROOT" && $cli -f docker-compose.yml config -q) || return 1
  ok compose "docker-compose.yml valid ($cli config); its parts are checked against parts.sh by deploy/ (ComposeFileTest)"
}
maven_install() { (cd "$ROOT" && ./mvnw -B -ntp install -Dmaven.test.redirectTestOutputToFile=true); }
fresh_stack_data() { # the stack of the end-to-end phases starts as on a new machine
  # The ITs wrote to the same Kafka (records of demo accounts on the compacted account.accounts, readings, dead
  # letters) and the services' dev databases outlive runs (a reused PostgreSQL): the stack's consumers would read
  # the ITs' records from the earliest offset and its databases would remember earlier runs. The _test databases stay.
  local part sql=""
  pg_find_admin
  for part in "${SERVICES[@]}"; do
    sql+="DROP DATABASE IF EXISTS kabinet_$(service_name "$part") WITH (FORCE);"$'\n'
  done
  "${PG_ADMIN[@]}" -q -v ON_ERROR_STOP=1 <<<"$sql" >/dev/null || return 1
  "$ROOT/kabinet" down >/dev/null || return 1
  rm -rf "$DATA/kafka" "$RUN/kafka.topics"
  say "  dev databases dropped, Kafka's data wiped: the stack starts from its demo data only"
}
e2e_api() { (cd "$ROOT" && ./mvnw -B -ntp -f e2e-tests/pom.xml verify -Pe2e); }
e2e_browser() { (cd "$ROOT/e2e-tests/browser" && npm test); }
TEST_T0=0
test_finish() {
  local rc=$?
  trap - EXIT
  say ""
  say "${B}==> down${N}"
  "$ROOT/kabinet" down || rc=1
  print_phases
  say "${B}test total $(mmss $(($(now_ms) - TEST_T0))) — $([[ $rc == 0 ]] && echo PASSED || echo "FAILED ($rc)")${N}"
  exit "$rc"
}
stop_running_apps() { # the gateway, demo parts and services of a running stack; the servers stay up for the ITs
  stop_parts "${GATEWAYS[@]}" "${DEMOS[@]}"
  stop_parts "${SERVICES[@]}"
  return 0
}
cmd_test() {
  TEST_T0=$(now_ms)
  check_prereqs
  trap test_finish EXIT
  export KABINET_TEST_INFRA=local CHROMIUM_PATH=/usr/bin/chromium KABINET_BASE_URL=http://localhost:${PORT[${GATEWAYS[0]}]}
  export_stack_env
  phase "install missing tools" install_missing
  phase "shellcheck" check_scripts
  phase "compose config" check_compose
  # a dev stack left running would consume the ITs' events on the shared broker and answer them (its account-service
  # republished an IT's account records, and the IT counted two changes for one): stop its apps first
  phase "stop running apps" stop_running_apps
  phase "up --only infra" "$ROOT/kabinet" up --only infra
  phase "mvnw install (unit + IT)" maven_install
  phase "fresh stack data" fresh_stack_data
  phase "up (services + gateway)" "$ROOT/kabinet" up --no-build
  if [[ -f $ROOT/e2e-tests/pom.xml ]]; then phase "e2e API journeys" e2e_api; else say "  (no e2e-tests/pom.xml yet: API journeys skipped)"; fi
  if [[ -f $ROOT/e2e-tests/browser/package.json ]]; then phase "e2e browser (Playwright)" e2e_browser; else say "  (no e2e-tests/browser/package.json yet: browser test skipped)"; fi
}

cmd_bench() { # the benchmark report (bench/run writes bench/report.md); arguments such as --quick pass through
  local runner=$ROOT/bench/run
  [[ -f $runner ]] || die "bench: $runner is missing (the benchmark is not in this checkout yet)"
  if [[ -x $runner ]]; then exec "$runner" "$@"; else exec bash "$runner" "$@"; fi
}
