# shellcheck shell=bash
# ./kabinet, part 4 of 8: the Spring Boot apps (kinds "service", "gateway" and "demo" in parts.sh): jars, start,
# settings.
# shellcheck source-path=SCRIPTDIR
# shellcheck source=common.sh
[[ -n ${KABINET_BIN:-} ]] || source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# shellcheck source=parts.sh
[[ -n ${PARTS_TABLE:-} ]] || source "$(dirname "${BASH_SOURCE[0]}")/parts.sh"

jar_of() { echo "$ROOT/$1/target/$1.jar"; }
launch_app() { # Spring Boot service, gateway or demo app (demo back office, test acquirer)
  local part=$1 jar=$RUN/jars/$1.jar
  # Run a private copy: a rebuild of <module>/target/<module>.jar must not pull the classes from under a running JVM.
  mkdir -p "$RUN/jars"
  cp -f "$(jar_of "$part")" "$jar.tmp" && mv -f "$jar.tmp" "$jar"
  jvm_args "$SERVICE_JVM_OPTS" "$part"
  SERVER_PORT=${PORT[$part]} SPRING_PROFILES_ACTIVE=${SPRING_PROFILES_ACTIVE:-local,demo} \
    spawn "$part" "$JAVA" "${JVM_ARGS[@]}" -jar "$jar"
}
launch_part() { # part: a server by its launch_<name>, an app from its jar
  if is_app "$1"; then launch_app "$1"; else "launch_${1//-/_}"; fi
}
after_started() { # part: what follows a part's health (after_<name>, e.g. Kafka's topics); 1 when it failed
  if declare -F "after_${1//-/_}" >/dev/null; then "after_${1//-/_}"; fi
}
export_stack_env() { # the services' settings for this stack (all have the same defaults; exported for clarity)
  local part svc smtp imap
  smtp=$(extra_port greenmail SMTP)
  imap=$(extra_port greenmail IMAP)
  export KABINET_DB_HOST=127.0.0.1 KABINET_DB_PORT=$PG_PORT KABINET_KAFKA_BOOTSTRAP=127.0.0.1:${PORT[kafka]} \
    KABINET_ISSUER_URI=http://localhost:${PORT[keycloak]}/realms/kabinet KABINET_KEYCLOAK_URL=http://localhost:${PORT[keycloak]} \
    KABINET_SMTP_HOST=127.0.0.1 KABINET_SMTP_PORT=$smtp KABINET_IMAP_PORT=$imap KABINET_GREENMAIL_API=http://127.0.0.1:${PORT[greenmail]} \
    KABINET_SMS_SINK_URL=http://127.0.0.1:${PORT[sms-sink]} KABINET_SMS_URL=http://127.0.0.1:${PORT[sms-sink]}/api/v1/messages \
    KABINET_REDIS_HOST=127.0.0.1 KABINET_REDIS_PORT=${PORT[redis]} \
    KABINET_ACQUIRER_URL=http://127.0.0.1:${PORT[test-acquirer]}/payment/rest/
  for part in "${SERVICES[@]}"; do
    svc=$(service_name "$part")
    export "KABINET_${svc^^}_URL=http://127.0.0.1:${PORT[$part]}"
  done
}
local_stack_caps() { # ./kabinet up only (not Compose, not the chart): caps per address a local stack outgrows
  # All of a local stack's registrations and SMS codes come from 127.0.0.1 and its databases outlive a run: the
  # utility's caps per address (10 ownership checks an hour, 20/50 SMS an hour/day) would refuse the browser specs of
  # the next runs. Compose and production keep the caps of identity-service's application.yml.
  export KABINET_REGISTRATION_PER_IP=${KABINET_REGISTRATION_PER_IP:-1000} \
    KABINET_PHONECONFIRMATION_PERIPPERHOUR=${KABINET_PHONECONFIRMATION_PERIPPERHOUR:-1000} \
    KABINET_PHONECONFIRMATION_PERIPPERDAY=${KABINET_PHONECONFIRMATION_PERIPPERDAY:-10000} \
    KABINET_APPLICATIONS_PER_IP=${KABINET_APPLICATIONS_PER_IP:-1000}
  # The demo enables the richest variant of each per-utility setting: the trial period (ID-11, off by default).
  export KABINET_TRIAL_ENABLED=${KABINET_TRIAL_ENABLED:-true}
  # Likewise the bench and the specs e-mail the demo residents thousands of times: notification's per-recipient rate
  # limit (20 an hour in Compose and production, issue #11) would hold those e-mails back for hours.
  export KABINET_NOTIFICATION_PER_RECIPIENT=${KABINET_NOTIFICATION_PER_RECIPIENT:-100000}
}
newer_build_note() { # part -> note when target/<part>.jar was rebuilt after the running copy was taken
  is_app "$1" && [[ -f $RUN/jars/$1.jar && -f $(jar_of "$1") ]] || return 0
  if (($(stat -c %Z "$(jar_of "$1")") > $(stat -c %Y "$RUN/jars/$1.jar"))); then
    echo "  ${Y}— a newer build exists: ./kabinet down && ./kabinet up to use it${N}"
  fi
}
