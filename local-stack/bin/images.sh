# shellcheck shell=bash
# ./kabinet, part 8 of 8: ./kabinet images -- an OCI image per app (kinds "service", "gateway" and "demo" in parts.sh),
# built without a Docker daemon and without a registry (docs/adr/0010-container-images.md).
#
#   base layer   glibc + libgcc from Debian's packages (apt-get download), busybox-static (only for health checks),
#                /etc/passwd with the non-root user kabinet (10001), /tmp; Debian's package records in
#                /var/lib/dpkg/status.d so that image scanners see what is inside
#   java layer   /opt/java: a runtime jlink'd from the local Temurin 25 (only the modules the apps use, en/ru locales)
#   app layers   Spring Boot's own layers (java -Djarmode=tools extract --layers): dependencies,
#                spring-boot-loader, snapshot-dependencies, application -> /app; empty ones are left out
#   aot layer    only with --aot: /app/<app>.aot, a JDK 25 AOT cache (JEP 483/514) trained by starting the app from
#                the image's own files (chroot, as root) against the running stack up to its context refresh
#
# The two base layers are cached in .kabinet/images (rebuilt when this file, the JDK or a Debian package changes);
# each image is written as an OCI image layout tarball to <app>/target/<app>-image.tar (with a docker-save
# manifest.json too, so docker load, podman load, skopeo and ctr import all read it). Everything is reproducible:
# fixed timestamps (the pom's project.build.outputTimestamp), sorted entries, numeric owners, gzip -n.
# shellcheck source-path=SCRIPTDIR
# shellcheck source=common.sh
[[ -n ${KABINET_BIN:-} ]] || source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# shellcheck source=parts.sh
[[ -n ${PARTS_TABLE:-} ]] || source "$(dirname "${BASH_SOURCE[0]}")/parts.sh"

IMAGES=$STATE/images
IMAGE_REPO=${KABINET_IMAGE_REPO:-kabinet}
APP_UID=10001
# jdeps --print-module-deps over the apps' jars, plus what is only loaded by name: DNS (jdk.naming.dns), SASL/GSS
# (Kafka, PostgreSQL), JMX and JFR for diagnostics, jdk.localedata for Russian number formats, jdk.charsets for mail.
JRE_MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.management.rmi,\
java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,\
java.transaction.xa,java.xml,jdk.charsets,jdk.jfr,jdk.localedata,jdk.management,jdk.management.agent,jdk.naming.dns,\
jdk.net,jdk.unsupported,jdk.zipfs
BASE_DEBS=(libc6 libgcc-s1 busybox-static)
# The JVM sizes itself by the container's memory limit: heap 50% of it (the rest is metaspace, code cache, threads,
# direct buffers). Replace the whole variable to change one of them (a later -XX flag wins).
IMAGE_JVM_OPTS="-XX:InitialRAMPercentage=10 -XX:MaxRAMPercentage=50 -XX:MaxMetaspaceSize=192m \
-XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=64m -Xss512k -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8"

project_version() { # the root pom's own version
  sed -n '/<artifactId>kabinet<\/artifactId>/,/<version>/ s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1
}
image_epoch() { # seconds of the pom's project.build.outputTimestamp: every file and the image's creation date
  date -d "$(sed -n 's:.*<project.build.outputTimestamp>\(.*\)</project.build.outputTimestamp>.*:\1:p' "$ROOT/pom.xml")" +%s
}
sha_of() { sha256sum "$1" | cut -d' ' -f1; }

# layer DIR -> writes blobs/sha256/<digest> (tar.gz), prints "<digest> <size> <diff_id>"
layer() {
  local dir=$1 out=$2 tmp diff digest names
  tmp=$(mktemp "$out/layer.XXXXXX")
  mapfile -t names < <(find "$dir" -mindepth 1 -maxdepth 1 -printf '%P\n' | LC_ALL=C sort)
  tar -C "$dir" --sort=name --mtime="@$EPOCH" --owner=0 --group=0 --numeric-owner --format=posix \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime -cf "$tmp" -- "${names[@]}"
  diff=$(sha_of "$tmp")
  gzip -n -6 "$tmp"
  digest=$(sha_of "$tmp.gz")
  mkdir -p "$out/blobs/sha256"
  mv -f "$tmp.gz" "$out/blobs/sha256/$digest"
  chmod 644 "$out/blobs/sha256/$digest"
  echo "$digest $(stat -c %s "$out/blobs/sha256/$digest") $diff"
}

base_key() { # what the two base layers are made of: the recipe, the JDK, the Debian packages' versions
  {
    declare -f base_rootfs jre_tree layer
    echo "$JRE_MODULES ${BASE_DEBS[*]} $APP_UID $EPOCH"
    cat "$JAVA_HOME/release"
    apt-cache policy "${BASE_DEBS[@]}" 2>/dev/null | grep -E '^[a-z]|Candidate'
  } | sha256sum | cut -c1-16
}
debs_download() { # into $1
  (cd "$1" && apt-get download -q "${BASE_DEBS[@]}") >/dev/null 2>&1 && return 0
  say "  … apt-get update (the package lists are needed to download ${BASE_DEBS[*]})"
  apt-get update -q >/dev/null 2>&1 || true
  (cd "$1" && apt-get download -q "${BASE_DEBS[@]}") >"$LOGS/images-debs.log" 2>&1 ||
    { tail -5 "$LOGS/images-debs.log" >&2; die "apt-get download ${BASE_DEBS[*]} failed (see .kabinet/logs/images-debs.log)"; }
}
base_rootfs() { # dir: glibc, libgcc, busybox, users, package records
  local root=$1 deb tmp name
  tmp=$(mktemp -d "$IMAGES/debs.XXXXXX")
  debs_download "$tmp"
  mkdir -p "$root/var/lib/dpkg/status.d"
  for deb in "$tmp"/*.deb; do
    dpkg-deb -x "$deb" "$root"
    name=$(dpkg-deb -f "$deb" Package)
    dpkg-deb -f "$deb" >"$root/var/lib/dpkg/status.d/$name"
    [[ -n ${BASE_PKGS:-} ]] && BASE_PKGS+=", "
    BASE_PKGS+="$name $(dpkg-deb -f "$deb" Version)"
  done
  rm -rf "$tmp"
  # what a JVM never reads: iconv modules, docs, man pages, translations, maintainer scripts' helpers
  rm -rf "${root:?}"/usr/lib/x86_64-linux-gnu/gconv "${root:?}"/usr/share/{doc,man,info,locale,lintian,bug} "${root:?}"/usr/bin \
    "${root:?}"/usr/sbin "${root:?}"/sbin "${root:?}"/etc/ld.so.conf.d
  mkdir -p "$root/etc" "$root/tmp" "$root/app"
  chmod 1777 "$root/tmp"
  printf 'root:x:0:0:root:/root:/sbin/nologin\nkabinet:x:%s:%s:kabinet:/tmp:/sbin/nologin\n' "$APP_UID" "$APP_UID" >"$root/etc/passwd"
  printf 'root:x:0:\nkabinet:x:%s:\n' "$APP_UID" >"$root/etc/group"
  printf 'hosts: files dns\n' >"$root/etc/nsswitch.conf"
  [[ -f /etc/os-release ]] && cp /etc/os-release "$root/etc/os-release"
  echo "$BASE_PKGS" >"$root/etc/kabinet-base-packages"
}
jre_tree() { # dir: /opt/java
  mkdir -p "$1/opt"
  "$JAVA_HOME/bin/jlink" --add-modules "$JRE_MODULES" --include-locales=en,ru --strip-debug --no-man-pages \
    --no-header-files --compress=zip-6 --generate-cds-archive --output "$1/opt/java" >"$LOGS/images-jlink.log" 2>&1 ||
    { tail -5 "$LOGS/images-jlink.log" >&2; die "jlink failed (see .kabinet/logs/images-jlink.log)"; }
}
ensure_base() { # -> BASE_LAYERS=("digest size diff_id" x2) and BASE_PKGS, from the cache or built now
  local key dir=$IMAGES/base t0 work
  key=$(base_key)
  if [[ -f $dir/key && $(<"$dir/key") == "$key" && -f $dir/layers ]]; then
    mapfile -t BASE_LAYERS <"$dir/layers"
    BASE_PKGS=$(<"$dir/packages")
    ok base "cached: $(cut -d' ' -f1 "$dir/layers" | cut -c1-12 | paste -sd' ')"
    return
  fi
  t0=$(now_ms)
  say "  … building the base layers (Debian packages + jlink, log: .kabinet/logs/images-jlink.log)"
  rm -rf "$dir"
  mkdir -p "$dir"
  work=$(mktemp -d "$IMAGES/base.XXXXXX")
  BASE_PKGS=""
  base_rootfs "$work/rootfs"
  jre_tree "$work/java"
  BASE_LAYERS=("$(layer "$work/rootfs" "$dir")" "$(layer "$work/java" "$dir")")
  printf '%s\n' "${BASE_LAYERS[@]}" >"$dir/layers"
  echo "$BASE_PKGS" >"$dir/packages"
  echo "$key" >"$dir/key"
  rm -rf "$work"
  ok base "$(secs $(($(now_ms) - t0)))  $BASE_PKGS; $(java_release)"
}
java_release() { sed -n 's/^IMPLEMENTOR_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release"; }

json_str() { # JSON string of $1 (no control characters expected)
  local s=${1//\\/\\\\}
  printf '"%s"' "${s//\"/\\\"}"
}
json_strs() { # JSON array of strings
  local out="" s
  for s in "$@"; do out+="${out:+,}$(json_str "$s")"; done
  printf '[%s]' "$out"
}

build_image() { # app: <app>/target/<app>-image.tar
  local app=$1 jar work out tar version tag layers=() l name digests=() sizes=() diffs=() config mdigest manifest
  local port=${PORT[$1]} created revision t0 layer_json="" docker_layers=() env config_digest digest size diff jvm_opts
  t0=$(now_ms)
  jar=$(jar_of "$app")
  [[ -f $jar ]] || die "$app: $jar is missing (./kabinet images builds it unless --no-build)"
  version=$(project_version)
  tag="$IMAGE_REPO/$app:$version"
  work=$(mktemp -d "$IMAGES/$app.XXXXXX")
  out=$work/oci
  mkdir -p "$out/blobs/sha256"
  # the base layers: the same blobs in every image
  for l in "${BASE_LAYERS[@]}"; do
    cp -p "$IMAGES/base/blobs/sha256/${l%% *}" "$out/blobs/sha256/"
    layers+=("$l")
  done
  # Spring Boot's layers, in the order of the jar's layers.idx
  "$JAVA" -Djarmode=tools -jar "$jar" extract --layers --destination "$work/x" >"$LOGS/images-$app.log" 2>&1 ||
    { tail -5 "$LOGS/images-$app.log" >&2; die "$app: extracting the jar's layers failed"; }
  for name in dependencies spring-boot-loader snapshot-dependencies application; do
    [[ -n $(find "$work/x/$name" -type f -print -quit 2>/dev/null) ]] || continue
    mkdir -p "$work/l/$name"
    mv "$work/x/$name" "$work/l/$name/app"
    layers+=("$(layer "$work/l/$name" "$out")")
  done
  jvm_opts=$IMAGE_JVM_OPTS
  if [[ $AOT == yes ]]; then
    aot_train "$app" "$work" "$out" "${layers[@]}"
    layers+=("$(layer "$work/l/aot" "$out")")
    jvm_opts+=" -XX:AOTCache=/app/$app.aot"
  fi
  for l in "${layers[@]}"; do
    read -r digest size diff <<<"$l"
    digests+=("$digest") sizes+=("$size") diffs+=("sha256:$diff")
    layer_json+="${layer_json:+,}{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:$digest\",\"size\":$size}"
    docker_layers+=("blobs/sha256/$digest")
  done
  created=$(date -u -d "@$EPOCH" +%Y-%m-%dT%H:%M:%SZ)
  revision=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
  env=("PATH=/opt/java/bin:/usr/bin:/bin" "JAVA_HOME=/opt/java" "LANG=C.UTF-8" "SERVER_PORT=$port"
    "JDK_JAVA_OPTIONS=$jvm_opts")
  config=$work/config.json
  printf '{"created":"%s","architecture":"amd64","os":"linux","config":{"User":"%s:%s","ExposedPorts":{"%s/tcp":{}},"Env":%s,"Entrypoint":%s,"WorkingDir":"/app","Labels":{"org.opencontainers.image.title":"%s","org.opencontainers.image.version":"%s","org.opencontainers.image.revision":"%s","org.opencontainers.image.created":"%s","dev.kabinet.base.packages":%s,"dev.kabinet.java":"%s"}},"rootfs":{"type":"layers","diff_ids":%s}}' \
    "$created" "$APP_UID" "$APP_UID" "$port" "$(json_strs "${env[@]}")" \
    "$(json_strs /opt/java/bin/java -jar "/app/$app.jar")" "$app" "$version" "$revision" "$created" \
    "$(json_str "$BASE_PKGS")" "$(java_release)" "$(json_strs "${diffs[@]}")" >"$config"
  config_digest=$(sha_of "$config")
  mv "$config" "$out/blobs/sha256/$config_digest"
  chmod 644 "$out/blobs/sha256/$config_digest"
  manifest=$work/manifest.json
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[%s]}' \
    "$config_digest" "$(stat -c %s "$out/blobs/sha256/$config_digest")" "$layer_json" >"$manifest"
  mdigest=$(sha_of "$manifest")
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s,"annotations":{"io.containerd.image.name":"docker.io/%s","org.opencontainers.image.ref.name":"%s"}}]}' \
    "$mdigest" "$(stat -c %s "$manifest")" "$tag" "$version" >"$out/index.json"
  mv "$manifest" "$out/blobs/sha256/$mdigest"
  chmod 644 "$out/blobs/sha256/$mdigest"
  printf '{"imageLayoutVersion":"1.0.0"}' >"$out/oci-layout"
  printf '[{"Config":"blobs/sha256/%s","RepoTags":["%s"],"Layers":%s}]' "$config_digest" "$tag" \
    "$(json_strs "${docker_layers[@]}")" >"$out/manifest.json"
  tar="$ROOT/$app/target/$app-image.tar"
  tar -C "$out" --sort=name --mtime="@$EPOCH" --owner=0 --group=0 --numeric-owner --format=posix \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime -cf "$tar.tmp" oci-layout index.json manifest.json blobs
  mv -f "$tar.tmp" "$tar"
  rm -rf "$work"
  ok "$app" "$tag  $(du -m "$tar" | cut -f1) MB  ${#layers[@]} layers  sha256:${mdigest:0:12}  $(secs $(($(now_ms) - t0)))"
}

# AOT cache: app work out layer... -> $work/l/aot/app/<app>.aot. The training run uses the image's own JVM, jars and
# JVM options (a cache only serves the same JDK and class path), stops after the context refresh
# (spring.context.exit=onRefresh: beans created, Flyway run, no web server, no Kafka consumer) and writes the cache.
aot_train() {
  local app=$1 work=$2 out=$3 l rootfs t0 stack_env
  shift 3
  t0=$(now_ms)
  rootfs=$work/rootfs
  mkdir -p "$rootfs"
  for l in "$@"; do tar -C "$rootfs" -xzf "$out/blobs/sha256/${l%% *}"; done
  mkdir -p "$rootfs/proc"
  export_stack_env
  mapfile -t stack_env < <(env | grep -E '^KABINET_[A-Z_]+=' | sort)
  unshare --mount --pid --fork --mount-proc="$rootfs/proc" env -i PATH=/opt/java/bin LANG=C.UTF-8 SERVER_PORT=0 \
    JDK_JAVA_OPTIONS="$IMAGE_JVM_OPTS" SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE:-local,demo}" \
    "${stack_env[@]}" \
    "$(command -v chroot)" --userspec="$APP_UID:$APP_UID" "$rootfs" /opt/java/bin/java -XX:AOTCacheOutput="/tmp/$app.aot" \
    -Dspring.context.exit=onRefresh -jar "/app/$app.jar" >"$LOGS/images-$app-aot.log" 2>&1 ||
    { tail -5 "$LOGS/images-$app-aot.log" >&2; die "$app: the AOT training run failed (see .kabinet/logs/images-$app-aot.log)"; }
  [[ -f $rootfs/tmp/$app.aot ]] || die "$app: the training run wrote no AOT cache (see .kabinet/logs/images-$app-aot.log)"
  mkdir -p "$work/l/aot/app"
  mv "$rootfs/tmp/$app.aot" "$work/l/aot/app/$app.aot"
  chmod 644 "$work/l/aot/app/$app.aot"
  rm -rf "$rootfs"
  say "      $app: AOT cache $(du -m "$work/l/aot/app/$app.aot" | cut -f1) MB trained in $(secs $(($(now_ms) - t0)))"
}

# the Spring Boot parts with an image: the services, the gateway, the demo back office, the test acquirer and the SMS
# sink (a server of the table of parts, but our own Spring Boot jar, which docker-compose.yml runs from its image like
# the apps)
IMAGED=("${APPS[@]}" sms-sink)
AOT=no
cmd_images() { # [--no-build] [--aot] [app...]
  local build=yes apps=() app a
  for a in "$@"; do
    case $a in
      --no-build) build=no ;;
      --aot) AOT=yes ;;
      -*) die "images: unknown option $a" ;;
      *) [[ " ${IMAGED[*]} " == *" $a "* ]] || die "images: $a has no image (${IMAGED[*]})"; apps+=("$a") ;;
    esac
  done
  ((${#apps[@]})) || apps=("${IMAGED[@]}")
  for a in tar gzip sha256sum dpkg-deb apt-get; do command -v "$a" >/dev/null || die "images: $a is missing"; done
  mkdir -p "$IMAGES" "$LOGS"
  EPOCH=$(image_epoch)
  say "${B}images${N} (OCI tarballs, no Docker daemon: docs/adr/0010-container-images.md)"
  if [[ $build == yes ]]; then build_if_stale no; fi
  if [[ $AOT == yes ]]; then
    if [[ $EUID -ne 0 ]] || ! command -v unshare >/dev/null || ! command -v chroot >/dev/null; then
      die "images --aot: the training run needs root, unshare and chroot"
    fi
    if ! healthy postgres || ! healthy kafka; then
      die "images --aot: the training run needs the stack's PostgreSQL and Kafka: ./kabinet up --only infra"
    fi
  fi
  ensure_base
  for app in "${apps[@]}"; do build_image "$app"; done
  say "  load one with: docker load -i <app>/target/<app>-image.tar (or podman load, skopeo copy oci-archive:...)"
}
