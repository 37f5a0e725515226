#!/usr/bin/env bash
# Benchmark of mac-manuf against its framework's ceiling, all in one run on this machine.
#   bench/run.sh [RUNS] [SECONDS]      default 3 runs of 20 s per measured phase
#   bench/run.sh soak [REQUESTS]       RSS across REQUESTS lookups (default 1,000,000) with -Xmx128m
# Each run: a fresh data folder (so start-to-ready includes the first import), a 120 s warm-up (on 2 cores the
# JIT needs it: the mix's error paths still speed up after 60 s), then wrk -t2 -c32 on the lookup endpoint
# (rotating over real addresses), on the same mix without its malformed tenth (wellformed: 200s and 404s, no
# 400s: it showed what the 400s cost while the server was Tomcat, which closed the connection after each), and on
# GET /bench/constant (same process, bench profile), then one bulk call of 100,000 addresses and one forced
# re-import (refresh) in the warm JVM. The JVM runs with the image's collector (-XX:+UseSerialGC) and -Xmx128m,
# plus BENCH_JAVA_OPTS if set (e.g. BENCH_JAVA_OPTS="-Xms128m -XX:+AlwaysPreTouch" bench/run.sh soak).
# Prints per-run numbers, then median and spread.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
./mvnw -q -B -DskipTests package
JAR=$(ls target/mac-manuf-*.jar | grep -v original | head -1)
python3 bench/addresses.py . 4000 > "$WORK/paths.txt"
python3 bench/addresses.py . 4000 wellformed > "$WORK/wellformed.txt"
# the refresh source: the bundled registry plus one comment line, so its sha256 differs and it is imported
gzip -dc src/main/resources/registry/manuf.gz > "$WORK/manuf"; echo "# bench re-import" >> "$WORK/manuf"
gzip -dc src/main/resources/registry/wka.gz > "$WORK/wka"
python3 bench/addresses.py . 100000 > "$WORK/bulk.txt"
echo constant > "$WORK/constant.txt"

start_service() { # $1 = data folder; sets PID and READY_MS
  local t0; t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java -Xmx128m -XX:+UseSerialGC ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --manuf.data-dir="$1" \
    --spring.profiles.active=bench --manuf.tls.enabled=false --manuf.refresh.enabled=false --manuf.api-token=bench \
    --manuf.source.manuf-url="$WORK/manuf" --manuf.source.wka-url="$WORK/wka" > "$WORK/service.log" 2>&1 &
  PID=$!
  if wait_ready "$PID" "$WORK/service.log"; then
    READY_MS=$(( ($(date +%s%N) - t0) / 1000000 )); return 0
  fi
  echo "service did not become ready"; tail -50 "$WORK/service.log"; exit 1
}
stop_service() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }
rss_mb() { echo $(( $(ps -o rss= -p "$PID") / 1024 )); }

if [ "${1:-}" = soak ]; then
  TOTAL=${2:-1000000}; done_requests=0
  start_service "$WORK/data-soak"
  echo "requests  rss_mb"; echo "0  $(rss_mb)"
  while [ "$done_requests" -lt "$TOTAL" ]; do
    n=$(load "$WORK/paths.txt" /chilcano/api/manuf/ 15 | field requests)
    done_requests=$((done_requests + n)); echo "$done_requests  $(rss_mb)"
  done
  exit 0
fi

RUNS=${1:-3}; SECONDS_PER_PHASE=${2:-20}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), wrk -t2 -c32, ${SECONDS_PER_PHASE}s per phase"
printf '%-4s %9s %8s %8s %9s %8s %8s %6s %8s %6s %8s %9s %9s %9s %7s\n' run lookup_rps p50_ms p99_ms const_rps \
  p50_ms p99_ms ratio wf_rps wratio bulk_ms import_ms reimp_ms ready_ms rss_mb
for run in $(seq 1 "$RUNS"); do
  start_service "$WORK/data-$run"
  import_ms=$(sed -n 's/.*Imported .* in \([0-9]*\) ms.*/\1/p' "$WORK/service.log" | head -1)
  for _ in 1 2 3; do
    load "$WORK/paths.txt" /chilcano/api/manuf/ 20 > /dev/null; load "$WORK/constant.txt" /bench/ 10 > /dev/null
    load "$WORK/wellformed.txt" /chilcano/api/manuf/ 10 > /dev/null
  done
  if [ $((run % 2)) = 1 ]; then
    L=$(load "$WORK/paths.txt" /chilcano/api/manuf/ "$SECONDS_PER_PHASE"); C=$(load "$WORK/constant.txt" /bench/ "$SECONDS_PER_PHASE")
  else
    C=$(load "$WORK/constant.txt" /bench/ "$SECONDS_PER_PHASE"); L=$(load "$WORK/paths.txt" /chilcano/api/manuf/ "$SECONDS_PER_PHASE")
  fi
  W=$(load "$WORK/wellformed.txt" /chilcano/api/manuf/ "$SECONDS_PER_PHASE")
  bulk_s=$(curl -s -o "$WORK/bulk.json" -w '%{time_total}' -H 'Content-Type: text/plain' --data-binary @"$WORK/bulk.txt" "$BASE/chilcano/api/manuf/lookup")
  bulk_ms=$(echo "$bulk_s * 1000" | bc -l | cut -d. -f1)
  [ "$(head -c 1 "$WORK/bulk.json")" = "[" ] || bulk_ms="?"
  reimport_ms=$(curl -s -X POST -H 'Authorization: Bearer bench' "$BASE/chilcano/api/admin/refresh?force=true" \
    | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["duration_ms"] if r.get("outcome")=="imported" else "?")')
  lr=$(echo "$L" | field rps); cr=$(echo "$C" | field rps); wr=$(echo "$W" | field rps)
  printf '%-4s %9s %8s %8s %9s %8s %8s %6.2f %8s %6.2f %8s %9s %9s %9s %7s\n' "$run" "$lr" "$(echo "$L" | field p50_ms)" \
    "$(echo "$L" | field p99_ms)" "$cr" "$(echo "$C" | field p50_ms)" "$(echo "$C" | field p99_ms)" \
    "$(echo "$lr / $cr" | bc -l)" "$wr" "$(echo "$wr / $cr" | bc -l)" "$bulk_ms" "${import_ms:-?}" "$reimport_ms" \
    "$READY_MS" "$(rss_mb)" | tee -a "$WORK/results.txt"
  stop_service
done
python3 - "$WORK/results.txt" <<'PY'
import statistics, sys
cols = ("lookup_rps p50_ms p99_ms const_rps c_p50_ms c_p99_ms ratio wf_rps wf_ratio bulk_ms import_ms "
        "reimport_ms ready_ms rss_mb").split()
rows = [line.split()[1:] for line in open(sys.argv[1])]
print("median (min-max) over %d runs:" % len(rows))
for i, name in enumerate(cols):
    vals = [float(r[i]) for r in rows if r[i] not in ("?", "nan", "")]
    if vals:
        print(f"  {name:10s} {statistics.median(vals):10.2f}  ({min(vals):.2f}-{max(vals):.2f})")
PY
