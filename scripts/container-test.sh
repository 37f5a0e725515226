#!/usr/bin/env bash
# container-test.sh: builds the image from the Dockerfile and checks it the way a user runs it, with
# podman (rootful, as root) on a machine without Docker: lookups over HTTP and HTTPS, a user entry and the
# TLS keystore surviving a new container on the same volume, no root process, then docker-compose.yml.
#
# Usage: scripts/container-test.sh     (as root; about 3 minutes with warm caches, 6 the first time)
# Env:   CONTAINER_TEST_IMAGE (default localhost/mac-manuf:test; kept afterwards as build cache),
#        CONTAINER_TEST_HTTP_PORT/_HTTPS_PORT (5400/5843), CONTAINER_TEST_COMPOSE_HTTP_PORT/_HTTPS_PORT
#        (5401/5844), CONTAINER_TEST_READY_SECONDS (240), MANUF_SHARED_DIR (the shared/ folder).
# Prints PASS/FAIL per check and "container-test: N passed, N failed"; exits 1 when any check failed.
# Containers and volumes it makes are removed on every exit; logs are kept only when something failed.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
IMAGE=${CONTAINER_TEST_IMAGE:-localhost/mac-manuf:test}
HTTP_PORT=${CONTAINER_TEST_HTTP_PORT:-5400}
HTTPS_PORT=${CONTAINER_TEST_HTTPS_PORT:-5843}
COMPOSE_HTTP_PORT=${CONTAINER_TEST_COMPOSE_HTTP_PORT:-5401}
COMPOSE_HTTPS_PORT=${CONTAINER_TEST_COMPOSE_HTTPS_PORT:-5844}
READY_SECONDS=${CONTAINER_TEST_READY_SECONDS:-240}
NAME=manuf-ctest
VOLUME=manuf-ctest-data
PROJECT=manuf-ctest-compose
TOKEN=ctest-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
KNOWN_MAC=00:50:CA:FE:CA:FE            # DZS Inc. in the bundled registry
USER_PREFIX=0A:C0:DE                   # locally administered: no registry entry, so ours is the only one
USER_MAC=0A:C0:DE:12:34:56
LOGS=$(mktemp -d "${TMPDIR:-/tmp}/mac-manuf-container-test.XXXXXX")
PASSED=0
FAILED=0

say() { printf '[container-test] %s\n' "$*"; }
pass() { PASSED=$((PASSED + 1)); printf 'PASS  %s\n' "$1"; }
fail() { FAILED=$((FAILED + 1)); printf 'FAIL  %s\n' "$1"; [ -n "${2:-}" ] && printf '      %s\n' "$2"; return 0; }
finish() {
	[ "$FAILED" -eq 0 ] || say "logs kept in $LOGS"
	printf 'container-test: %d passed, %d failed\n' "$PASSED" "$FAILED"
	[ "$FAILED" -eq 0 ]
}
# check LABEL DETAIL-IF-FAILED COMMAND...: PASS when the command succeeds.
check() { local label=$1 detail=$2; shift 2; if "$@"; then pass "$label"; else fail "$label" "$detail"; fi; }
stop_here() { say "stopping here: the remaining checks need the one that failed"; finish; exit 1; }
abort() { fail "$1" "${2:-}"; stop_here; }
remove_leftovers() {
	podman rm -f -t 5 "$NAME" >/dev/null 2>&1
	podman volume rm -f "$VOLUME" >/dev/null 2>&1
	podman ps -aq --filter "label=io.podman.compose.project=$PROJECT" | xargs -r podman rm -f -t 5 >/dev/null 2>&1
	podman volume ls -q --filter "label=io.podman.compose.project=$PROJECT" | xargs -r podman volume rm -f >/dev/null 2>&1
	podman network ls -q --filter "label=io.podman.compose.project=$PROJECT" | xargs -r podman network rm -f >/dev/null 2>&1
}
cleanup() {
	if command -v podman >/dev/null; then remove_leftovers; fi
	if [ "$FAILED" -eq 0 ]; then rm -rf "$LOGS"; fi
}

# HTTP(S) GET with bounded time; prints the body, fails on a non-2xx status.
get() { curl -fsS --max-time 10 "$@"; }
compose() {
	MANUF_IMAGE=$IMAGE MANUF_API_TOKEN=$TOKEN MANUF_HOST_HTTP_PORT=$COMPOSE_HTTP_PORT \
		MANUF_HOST_HTTPS_PORT=$COMPOSE_HTTPS_PORT podman-compose -p "$PROJECT" -f "$ROOT/docker-compose.yml" "$@"
}
# Waits until the image's own HEALTHCHECK (readiness endpoint) passes, or the container dies, or time is up.
wait_ready() {
	local container=$1 deadline=$((SECONDS + READY_SECONDS))
	while [ "$SECONDS" -lt "$deadline" ]; do
		if [ "$(podman inspect -f '{{.State.Running}}' "$container" 2>/dev/null)" != true ]; then
			podman logs "$container" >"$LOGS/$container.log" 2>&1
			fail "$container ready" "the container stopped; last log lines:"; tail -15 "$LOGS/$container.log"; return 1
		fi
		podman healthcheck run "$container" >/dev/null 2>&1 && { pass "$container ready: HEALTHCHECK (readiness) passes"; return 0; }
		sleep 2
	done
	podman logs "$container" >"$LOGS/$container.log" 2>&1
	fail "$container ready" "HEALTHCHECK still failing after ${READY_SECONDS}s; last log lines:"; tail -15 "$LOGS/$container.log"
	return 1
}
check_lookup() {
	local label=$1 url=$2 expect=$3 body; shift 3
	if body=$(get "$@" "$url" 2>&1) && [[ $body == *"$expect"* ]]; then pass "$label"; else fail "$label" "GET $url -> ${body:0:300}"; fi
}
run_container() {
	podman run -d --name "$NAME" -p "127.0.0.1:$HTTP_PORT:5000" -p "127.0.0.1:$HTTPS_PORT:5443" \
		-v "$VOLUME:/data" -e MANUF_API_TOKEN="$TOKEN" "$IMAGE" >>"$LOGS/podman-run.log" 2>&1
}
# SHA-256 fingerprint of the certificate the HTTPS port presents (empty when nothing answers TLS there).
served_fingerprint() {
	openssl s_client -connect "127.0.0.1:$HTTPS_PORT" -servername localhost </dev/null 2>/dev/null \
		| openssl x509 -noout -fingerprint -sha256 2>/dev/null | cut -d= -f2
}
check_https() {
	local label=$1 cafile=$LOGS/ca.pem pem
	FINGERPRINT=$(served_fingerprint)
	[ -n "$FINGERPRINT" ] || { fail "$label" "no TLS listener on 127.0.0.1:$HTTPS_PORT (container port 5443)"; return; }
	pem=$(podman exec "$NAME" sh -c 'grep -l "BEGIN CERTIFICATE" /data/* 2>/dev/null | head -1')
	if [ -n "$pem" ]; then
		podman exec "$NAME" cat "$pem" >"$cafile"; say "trusting the certificate the service wrote: $pem"
	else
		openssl s_client -connect "127.0.0.1:$HTTPS_PORT" -servername localhost </dev/null 2>/dev/null \
			| openssl x509 >"$cafile"; say "no PEM certificate in /data: trusting the served one (fingerprint $FINGERPRINT)"
	fi
	check_lookup "$label" "https://localhost:$HTTPS_PORT/chilcano/api/manuf/$KNOWN_MAC" '"manuf":"DZS"' \
		--cacert "$cafile" --resolve "localhost:$HTTPS_PORT:127.0.0.1"
}
check_not_root() {
	local uid users
	uid=$(podman exec "$NAME" id -u 2>&1)
	users=$(podman top "$NAME" huser 2>&1 | tail -n +2 | sort -u | tr '\n' ' '); users=${users% }
	if [ "$uid" != 0 ] && [ -n "$users" ] && [[ " $users " != *" 0 "* ]]; then
		pass "process does not run as root (id -u: $uid, host uids: $users)"
	else
		fail "process does not run as root" "id -u: $uid, host uids: $users"
	fi
}

trap cleanup EXIT
trap 'exit 130' INT TERM
[ "$(id -u)" = 0 ] || { echo "container-test: run as root (rootful podman)"; exit 1; }
command -v openssl >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl >/dev/null

# 1. podman and the local stand-ins for the base images (shared/ lies beside the repository's clone).
SHARED=${MANUF_SHARED_DIR:-}
for dir in "$ROOT/../shared" "$(git -C "$ROOT" rev-parse --show-toplevel 2>/dev/null)/../shared" /work/shared; do
	[ -z "$SHARED" ] && [ -f "$dir/tools/container-base-images.sh" ] && SHARED=$dir
done
[ -n "$SHARED" ] || abort "find shared/tools/container-base-images.sh" "set MANUF_SHARED_DIR to the shared/ folder"
say "base images: $SHARED/tools/container-base-images.sh"
bash "$SHARED/tools/container-base-images.sh" || abort "podman and base images ready"
. "${CONTAINER_STATE:-/tmp/container-state}/env.sh"
remove_leftovers                        # of an interrupted earlier run

# 2. The image.
VERSION=$(sed -n '/<artifactId>mac-manuf<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;}' "$ROOT/pom.xml")
say "building $IMAGE (log: $LOGS/build.log)"
podman build --pull=never -t "$IMAGE" --build-arg VERSION="$VERSION" \
	--build-arg REVISION="$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)" \
	--build-arg CREATED="$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$ROOT" >"$LOGS/build.log" 2>&1 \
	|| { tail -30 "$LOGS/build.log"; abort "podman build --pull=never"; }
pass "podman build --pull=never ($(podman image ls --format '{{.Size}}' "$IMAGE"))"
config=$(podman image inspect -f '{{.Config.User}} {{range $k, $v := .Config.Volumes}}{{$k}}{{end}} {{index .Config.Labels "org.opencontainers.image.version"}} {{if .Config.Healthcheck}}healthcheck{{end}}' "$IMAGE")
check "image config: user 10001, VOLUME /data, OCI version label, HEALTHCHECK" "got: $config" \
	[ "$config" = "10001:10001 /data $VERSION healthcheck" ]

# 3. One container on a named volume: HTTP, HTTPS, a user entry through the write API, not root.
run_container || { cat "$LOGS/podman-run.log"; abort "podman run"; }
wait_ready "$NAME" || stop_here
check_lookup "HTTP lookup $KNOWN_MAC" "http://127.0.0.1:$HTTP_PORT/chilcano/api/manuf/$KNOWN_MAC" '"manuf":"DZS"'
check_not_root
# The JVM (PID 1) maps the class data archive made during the build; it silently starts without one that does not fit.
mapped=$(podman exec "$NAME" grep -c /app/application.jsa /proc/1/maps 2>&1)
check "the JVM maps the class data archive /app/application.jsa (CDS)" "mappings found: $mapped" [ "$mapped" -gt 0 ]
check_https "HTTPS lookup $KNOWN_MAC (curl --cacert)"
FIRST_FINGERPRINT=$FINGERPRINT
status=$(curl -sS --max-time 10 -o "$LOGS/post.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
	-H 'Content-Type: application/json' -d "{\"mac\":\"$USER_PREFIX\",\"manuf\":\"CtrTest\",\"manuf_desc\":\"Container Test Ltd\"}" \
	"http://127.0.0.1:$HTTP_PORT/chilcano/api/manuf" 2>&1)
check "POST user entry $USER_PREFIX with the token: 201" "status $status: $(head -c 300 "$LOGS/post.json" 2>/dev/null)" \
	[ "$status" = 201 ]
check_lookup "lookup of the user entry $USER_MAC" "http://127.0.0.1:$HTTP_PORT/chilcano/api/manuf/$USER_MAC" '"manuf":"CtrTest"'
# A second container on the volume in use must not start: two services on one folder drift apart.
second=$(timeout 120 podman run --rm -v "$VOLUME:/data" "$IMAGE" 2>&1)
code=$?
if [ "$code" -ne 0 ] && [ "$code" -ne 124 ] && [[ $second == *"in use by another mac-manuf process"* ]]; then
	pass "a second container on the volume in use stops at startup (exit code $code)"
else
	fail "a second container on the volume in use stops at startup" "exit code $code; last lines: $(tail -5 <<<"$second")"
fi
check_lookup "the first container still serves" "http://127.0.0.1:$HTTP_PORT/chilcano/api/manuf/$USER_MAC" '"manuf":"CtrTest"'

# 4. A new container on the same volume: the data folder, not the container, holds the state.
podman stop -t 30 "$NAME" >/dev/null 2>&1
code=$(podman inspect -f '{{.State.ExitCode}}' "$NAME")
check "stops on SIGTERM (exit code $code, not SIGKILL's 137)" "killed after 30 s" [ "$code" != 137 ]
podman rm "$NAME" >/dev/null 2>&1
run_container || { cat "$LOGS/podman-run.log"; abort "podman run on the same volume"; }
wait_ready "$NAME" || stop_here
check_lookup "after restart: HTTP lookup $KNOWN_MAC" "http://127.0.0.1:$HTTP_PORT/chilcano/api/manuf/$KNOWN_MAC" '"manuf":"DZS"'
check_lookup "after restart: user entry $USER_MAC survived" "http://127.0.0.1:$HTTP_PORT/chilcano/api/manuf/$USER_MAC" '"manuf":"CtrTest"'
FINGERPRINT=$(served_fingerprint)
if [ -n "$FIRST_FINGERPRINT" ] && [ "$FINGERPRINT" = "$FIRST_FINGERPRINT" ]; then
	pass "after restart: same TLS certificate (keystore survived, SHA-256 $FINGERPRINT)"
else
	fail "after restart: same TLS certificate (keystore survived)" "before: ${FIRST_FINGERPRINT:-no TLS}, after: ${FINGERPRINT:-no TLS}"
fi
podman rm -f -t 30 "$NAME" >/dev/null 2>&1

# 5. docker-compose.yml with podman-compose, on other host ports.
say "podman-compose up -d (ports $COMPOSE_HTTP_PORT/$COMPOSE_HTTPS_PORT, log: $LOGS/compose.log)"
if (cd "$ROOT" && compose up -d) >"$LOGS/compose.log" 2>&1; then
	pass "podman-compose up -d"
	CNAME=$(podman ps --filter "label=io.podman.compose.project=$PROJECT" --format '{{.Names}}' | head -1)
	if [ -n "$CNAME" ] && wait_ready "$CNAME"; then
		check_lookup "compose: HTTP lookup $KNOWN_MAC" "http://127.0.0.1:$COMPOSE_HTTP_PORT/chilcano/api/manuf/$KNOWN_MAC" '"manuf":"DZS"'
		policy=$(podman inspect -f '{{.HostConfig.RestartPolicy.Name}} {{range .Mounts}}{{.Type}}:{{.Destination}}{{end}}' "$CNAME")
		check "compose: restart unless-stopped, named volume on /data" "got: $policy" \
			[ "$policy" = "unless-stopped volume:/data" ]
		env=$(podman inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$CNAME" | grep -E '^(MANUF_API_TOKEN|JAVA_OPTS)=' | sort | tr '\n' ' ')
		check "compose: MANUF_API_TOKEN and JAVA_OPTS from the environment" "got: $env" \
			[ "$env" = "JAVA_OPTS=-XX:+UseSerialGC MANUF_API_TOKEN=$TOKEN " ]
	elif [ -z "$CNAME" ]; then
		fail "compose: container running" "$(tail -5 "$LOGS/compose.log")"
	fi
else
	fail "podman-compose up -d" "$(tail -10 "$LOGS/compose.log")"
fi
if (cd "$ROOT" && compose down -v) >>"$LOGS/compose.log" 2>&1 \
	&& [ -z "$(podman ps -aq --filter "label=io.podman.compose.project=$PROJECT")" ]; then
	pass "podman-compose down -v"
else
	fail "podman-compose down -v" "$(tail -5 "$LOGS/compose.log")"
fi

finish
