#!/usr/bin/env bash
# Writes metrics.txt: every metric (series) name the running apps export on /actuator/prometheus, sorted, one a line.
# DeployObservabilityTest checks the alerts and dashboards name only these, and that every meter the services' code
# declares (kabinet.*) is here: after adding or renaming a meter, run the apps (./kabinet up) and then this script.
#   deploy/observability/capture-metrics.sh                      # the local stack: gateway :8080, services :8081-8086
#   deploy/observability/capture-metrics.sh http://host:port ...  # any other instances
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if (($# == 0)); then
  set -- http://127.0.0.1:8080 http://127.0.0.1:8081 http://127.0.0.1:8082 http://127.0.0.1:8083 \
    http://127.0.0.1:8084 http://127.0.0.1:8085 http://127.0.0.1:8086
fi
names=$(mktemp)
trap 'rm -f "$names"' EXIT
for base in "$@"; do
  curl -fsS --max-time 20 "$base/actuator/prometheus" | awk '!/^#/ && NF { sub(/[{ ].*/, ""); print }' >>"$names" ||
    { echo "capture-metrics: $base/actuator/prometheus did not answer" >&2; exit 1; }
done
{
  echo "# Metric names exported on /actuator/prometheus by Kabinet's apps; written by capture-metrics.sh, do not edit."
  sort -u "$names"
} >"$here/metrics.txt"
echo "capture-metrics: $(($(wc -l <"$here/metrics.txt") - 1)) names from $# apps -> $here/metrics.txt"
