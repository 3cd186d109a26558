# shellcheck shell=bash
# ./kabinet, part 5 of 8: building the apps' jars when their sources changed.
# shellcheck source-path=SCRIPTDIR
# shellcheck source=common.sh
[[ -n ${KABINET_BIN:-} ]] || source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# shellcheck source=parts.sh
[[ -n ${PARTS_TABLE:-} ]] || source "$(dirname "${BASH_SOURCE[0]}")/parts.sh"

stale_modules() { # runnable modules whose jar is missing or older than a source file
  # The jar's mtime is the build's fixed outputTimestamp (reproducible builds), so compare with its ctime.
  local m jar inputs built_at shared
  for m in "${APPS[@]}"; do
    [[ -f $ROOT/$m/pom.xml ]] || continue
    jar=$(jar_of "$m")
    if [[ ! -f $jar ]]; then echo "$m"; continue; fi
    built_at=$(stat -c %Z "$jar")
    inputs=("$ROOT/pom.xml" "$ROOT/$m")
    for shared in platform contracts; do [[ -d $ROOT/$shared ]] && inputs+=("$ROOT/$shared"); done
    [[ ${KIND[$m]} == gateway && -d $ROOT/web-client ]] && inputs+=("$ROOT/web-client")
    [[ ${KIND[$m]} == demo && -d $ROOT/demo-data ]] && grep -q '<artifactId>demo-data</artifactId>' "$ROOT/$m/pom.xml" &&
      inputs+=("$ROOT/demo-data")
    if [[ -n $(find "${inputs[@]}" \( -name target -o -name node_modules -o -name dist -o -name .vite \) -prune \
      -o -type f -newermt "@$built_at" -print -quit 2>/dev/null) ]]; then echo "$m"; fi
  done
}
build_if_stale() { # rebuild?
  local stale in_reactor=() m t0
  mapfile -t stale < <(stale_modules)
  if [[ $1 == yes ]]; then
    in_reactor=(all)
  else
    for m in "${stale[@]}"; do
      if grep -q "<module>$m</module>" "$ROOT/pom.xml"; then in_reactor+=("$m"); else warn "$m" "has sources but is not in the root pom's <modules> yet"; fi
    done
  fi
  if ((${#in_reactor[@]} == 0)); then ok build "up to date"; return; fi
  t0=$(now_ms)
  say "  … building ${in_reactor[*]} (./mvnw -B -q -DskipTests install, log: .kabinet/logs/build.log)"
  local args=(-B -q -DskipTests install)
  [[ $1 == yes ]] || args+=(-pl "$(IFS=,; echo "${in_reactor[*]}")" -am)
  (cd "$ROOT" && ./mvnw "${args[@]}") >"$LOGS/build.log" 2>&1 ||
    { tail -40 "$LOGS/build.log" >&2; die "build failed (see .kabinet/logs/build.log)"; }
  ok build "$(secs $(($(now_ms) - t0)))"
}
