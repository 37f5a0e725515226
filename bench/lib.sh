# Shared by bench/run.sh and bench/compare.sh (sourced from the repository root, after `set -euo pipefail`):
# the port, a work folder removed on exit with the service process, wrk, and the load and field helpers.
PORT=${BENCH_PORT:-5900}
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/mac-manuf-bench.XXXXXX)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

load() { # $1 = paths file, $2 = path prefix, $3 = seconds -> RESULT line
  PATHS_FILE=$1 wrk -t2 -c32 -d"$3"s -s bench/rotate.lua "$BASE" -- "$2" | grep '^RESULT'
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
wait_ready() { # $1 = service pid, $2 = its log; returns once a lookup answers 200, 1 if the process died or 60 s passed
  # The log says when the index is served; only then ask over HTTP, so no request (the first ones are costly in a
  # cold JVM) competes with the first import for the two cores. Polling every 0.1 s from the start added
  # 60-320 ms (175 ms in the median of four starts) to the import.
  for _ in $(seq 1 600); do
    kill -0 "$1" 2>/dev/null || return 1
    grep -q 'Serving [0-9]* registry entries' "$2" 2>/dev/null && break
    sleep 0.1
  done
  for _ in $(seq 1 100); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/chilcano/api/manuf/00:50:CA:FE:CA:FE")" = 200 ] && return 0
    kill -0 "$1" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}
