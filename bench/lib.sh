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
