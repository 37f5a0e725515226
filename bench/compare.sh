#!/usr/bin/env bash
# Alternates packaged jars in one sitting, so that their numbers share the machine's mood (it is noisy: compare
# ratios within a round, not across days).
#   bench/compare.sh ROUNDS JAR[::ARGS] JAR[::ARGS] ...
#   e.g. bench/compare.sh 3 /tmp/tomcat.jar /tmp/jetty.jar
#        bench/compare.sh 2 target/app.jar::--server.jetty.threads.max=16 target/app.jar::--server.jetty.threads.max=64
# Per round and jar: a fresh process on a fresh data folder (-Xmx128m -XX:+UseSerialGC, bench profile, HTTPS and
# refresh off), start-to-ready and the first import from its log, a 75 s warm-up (three rounds of 15 s mix, 5 s
# constant, 5 s malformed), then wrk -t2 -c32 for 10 s each on: the lookup mix, GET /bench/constant, the
# well-formed mix (no 400s), malformed only (every answer 400), and the constant endpoint again. Prints one line
# per process; the ratios use the mean of the two constant phases.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=$1; shift
# shellcheck source=bench/lib.sh
. bench/lib.sh
python3 bench/addresses.py . 4000 > "$WORK/mix.txt"
python3 bench/addresses.py . 4000 wellformed > "$WORK/wellformed.txt"
python3 bench/addresses.py . 4000 malformed > "$WORK/malformed.txt"
echo constant > "$WORK/constant.txt"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), wrk -t2 -c32, 10 s per phase"
printf '%-5s %-40s %8s %9s %8s %9s %6s %6s %6s %8s %9s %8s\n' round jar mix_rps const_rps wf_rps bad_rps \
  ratio wf_r bad_r mix_p99 import_ms ready_ms
for round in $(seq 1 "$ROUNDS"); do
  for spec in "$@"; do
    jar=${spec%%::*}; args=; [ "$jar" != "$spec" ] && args=${spec#*::}
    rm -rf "$WORK/data"; t0=$(date +%s%N)
    # shellcheck disable=SC2086
    java -Xmx128m -XX:+UseSerialGC -jar "$jar" --server.port="$PORT" --manuf.data-dir="$WORK/data" \
      --spring.profiles.active=bench --manuf.tls.enabled=false --manuf.refresh.enabled=false $args \
      > "$WORK/service.log" 2>&1 &
    PID=$!
    wait_ready "$PID" "$WORK/service.log" || { tail -30 "$WORK/service.log"; exit 1; }
    ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    import_ms=$(sed -n 's/.*Imported .* in \([0-9]*\) ms.*/\1/p' "$WORK/service.log" | head -1)
    for _ in 1 2 3; do
      load "$WORK/mix.txt" /chilcano/api/manuf/ 15 > /dev/null; load "$WORK/constant.txt" /bench/ 5 > /dev/null
      load "$WORK/malformed.txt" /chilcano/api/manuf/ 5 > /dev/null
    done
    M=$(load "$WORK/mix.txt" /chilcano/api/manuf/ 10); C1=$(load "$WORK/constant.txt" /bench/ 10)
    W=$(load "$WORK/wellformed.txt" /chilcano/api/manuf/ 10); B=$(load "$WORK/malformed.txt" /chilcano/api/manuf/ 10)
    C2=$(load "$WORK/constant.txt" /bench/ 10)
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
    m=$(echo "$M" | field rps); w=$(echo "$W" | field rps); b=$(echo "$B" | field rps)
    c=$(echo "($(echo "$C1" | field rps) + $(echo "$C2" | field rps)) / 2" | bc -l)
    printf '%-5s %-40s %8s %9.0f %8s %9s %6.2f %6.2f %6.2f %8s %9s %8s\n' "$round" "$(basename "$jar") $args" "$m" \
      "$c" "$w" "$b" "$(echo "$m / $c" | bc -l)" "$(echo "$w / $c" | bc -l)" "$(echo "$b / $c" | bc -l)" \
      "$(echo "$M" | field p99_ms)" "${import_ms:-?}" "$ready_ms"
  done
done
