#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# netscan_bench.sh - network TLS scan of 127.0.0.1 ports 20000-24095 (4,096 ports, 200 nginx TLS
# listeners), `certdeskctl scan adhoc --json` paired with `nmap -sT --script ssl-cert` in the same
# run, plus the console's event-loop stalls while Scan now runs (bench/netscan_guistall.cpp).
# Goals (issue 5): at least 3x faster than nmap, process start and store writes included, with the
# same 200 certificates found; the GUI's event loop never stalls more than 50 ms during a scan.
#
# Setup: the listeners are those of ../shared/bench/netscan_baseline.sh, made by the baseline's own
# setup code (everything before its first measurement: packages, test CA, 200 leaf certificates,
# nginx, the port lists, its C prober, `nmap_xml_to_fp`), which this script extracts and sources, so
# the two can never drift apart. That setup installs what is missing with apt-get, refuses to run
# when something already listens in the range, and stops nginx and removes its files at exit.
#
# Each of RUNS pairs runs, in alternating order (odd pairs nmap first, even pairs CertDesk first):
#   nmap -sT -Pn -n -p 20000-24095 --script ssl-cert 127.0.0.1 -oN F -oX F   (as the baseline runs it)
#   certdeskctl --db FRESH.sqlite scan adhoc --host 127.0.0.1 --ports 20000-24095 --json
# both under /usr/bin/time. Each result's port -> SHA-256 set must equal the certificates nginx serves,
# and CertDesk's store must hold exactly those 200 fingerprints afterwards; any mismatch fails the
# bench. Then the baseline's C prober (16 threads) runs on the range, for reference.
#
# Environment: BUILD_DIR     build tree (default /tmp/build-bench; configured Release when missing)
#              RUNS          nmap/CertDesk pairs (default 5)
#              CONCURRENCY   passed to certdeskctl as --concurrency (default: unset, the product's 50)
#              CERTDESKCTL   run this certdeskctl instead of $BUILD_DIR's (e.g. an older build, to compare)
#              GUI_RUNS      runs of netscan_guistall (default 3; 0 = none), each followed by one with
#                            --busy-global-pool (another long task on Qt's global thread pool meanwhile)
#              GUI_PLATFORM  xvfb (default when xvfb-run exists) or offscreen
#              RESULTS_DIR   also write netscan_bench.txt there
#              K             TLS listeners (default 200, as the issue)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
SHARED="${SHARED_BENCH_DIR:-$ROOT/../shared/bench}"
BASELINE="$SHARED/netscan_baseline.sh"
RUNS="${RUNS:-5}"
GUI_RUNS="${GUI_RUNS:-3}"
CONCURRENCY="${CONCURRENCY:-}"
BUILD_DIR="${BUILD_DIR:-/tmp/build-bench}"
OUT_DIR="${RESULTS_DIR:-}"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive integer" >&2; exit 2; }
[[ -z "$CONCURRENCY" || "$CONCURRENCY" =~ ^[1-9][0-9]*$ ]] || { echo "CONCURRENCY must be a positive integer" >&2; exit 2; }

log() { echo "# $*" >&2; }
if [[ ! -f "$BUILD_DIR/build.ninja" && ! -f "$BUILD_DIR/Makefile" ]]; then
  log "configuring $BUILD_DIR"
  timeout 600 cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCERTDESK_BUILD_BENCH=ON >/dev/null
fi
targets=()
[[ -z "${CERTDESKCTL:-}" ]] && targets+=(certdeskctl)
((GUI_RUNS > 0)) && targets+=(netscan_guistall)
if ((${#targets[@]})); then
  log "building ${targets[*]} in $BUILD_DIR"
  timeout 3600 cmake --build "$BUILD_DIR" --target "${targets[@]}" >/dev/null
fi
CTL="${CERTDESKCTL:-$BUILD_DIR/app/cli/certdeskctl}"
GUISTALL="$BUILD_DIR/bench/netscan_guistall"

# ---------------------------------------------------------------- the baseline's own setup
# Its first measurement starts at the "listed ports" banner; everything before it is setup.
SETUP_END='^# =+ listed ports'
grep -Eq "$SETUP_END" "$BASELINE" || { echo "$BASELINE changed: no '$SETUP_END' line to cut its setup at" >&2; exit 1; }
SETUP_DIR="$(mktemp -d /tmp/netscan_bench.XXXXXX)"
awk -v end="$SETUP_END" '$0 ~ end {exit} {print}' "$BASELINE" >"$SETUP_DIR/setup.sh"
RESULTS_DIR="$SETUP_DIR/baseline-results" # where the setup keeps its (unused) samples
# Defines WORK, K, TMO, RANGE_LO/RANGE_HI, OPEN_PORTS, $WORK/expected.txt ("PORT AA:BB:..." per
# listener), $WORK/range.ports, $WORK/tls_probe, nmap_xml_to_fp, kv, elapsed, and the EXIT trap that
# stops nginx and removes $WORK.
# shellcheck source=/dev/null
source "$SETUP_DIR/setup.sh"
trap 'cleanup; rm -rf "$SETUP_DIR"' EXIT
for need in "$WORK/expected.txt" "$WORK/range.ports" "$WORK/tls_probe"; do
  [[ -s "$need" ]] || { echo "the baseline's setup did not make $need" >&2; exit 1; }
done
declare -F nmap_xml_to_fp >/dev/null || { echo "the baseline's setup did not define nmap_xml_to_fp" >&2; exit 1; }
need_pkgs time

OUT="$WORK/netscan_bench.txt"
result() { echo "RESULT $*" | tee -a "$OUT"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
{
  echo "# date: $(date -u +%FT%TZ)  host: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load average $(load)"
  echo "# $(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt") build in $BUILD_DIR; $(openssl version); $(nginx -v 2>&1); $(nmap --version | head -1)"
  echo "# $K TLS listeners on 127.0.0.1, ports $RANGE_LO-$RANGE_HI; $CTL, concurrency: ${CONCURRENCY:-product default (50)}"
} | tee "$OUT"
printf 'bench passphrase\n' >"$WORK/master.pass"
export CERTDESK_MASTER_KEY_FILE="$WORK/master.pass"
cut -d' ' -f2 "$WORK/expected.txt" | tr -d ':' | tr 'A-F' 'a-f' | sort >"$WORK/expected.sha256"

# Fails the bench unless the "PORT FP" lines of $2 are exactly the certificates nginx serves.
verify() {
  local what=$1 file=$2
  if ! diff -q <(sort -u "$file" | sort -n) "$WORK/expected.txt" >/dev/null; then
    echo "FINGERPRINT SET DIFFERS: $what found $(sort -u "$file" | wc -l) port/certificate pairs, expected $K" | tee -a "$OUT"
    diff <(sort -u "$file" | sort -n) "$WORK/expected.txt" | head -10 >&2
    exit 1
  fi
}
# Runs a command under /usr/bin/time with its stdout in $1; sets W (wall s), U (user s), S (sys s)
# and M (max RSS KiB).
timed() {
  local out=$1 t0 t1
  shift
  t0=$EPOCHREALTIME
  /usr/bin/time -f '%U %S %M' -o "$WORK/time.txt" "$@" >"$out"
  t1=$EPOCHREALTIME
  W=$(elapsed "$t0" "$t1")
  read -r U S M <"$WORK/time.txt"
}

run_nmap() {
  local run=$1
  timed /dev/null timeout "$TMO" nmap -sT -Pn -n -p "$RANGE_LO-$RANGE_HI" --script ssl-cert 127.0.0.1 \
    -oN "$WORK/nmap$run.txt" -oX "$WORK/nmap$run.xml"
  nw=$W nu=$U ns=$S nm=$M
  nmap_xml_to_fp "$WORK/nmap$run.xml" >"$WORK/nmap$run.fp"
  verify "nmap run $run" "$WORK/nmap$run.fp"
}

run_certdesk() {
  local run=$1 db="$WORK/certdesk$run.sqlite"
  rm -f "$db" "$db-wal" "$db-shm"
  timed "$WORK/certdesk$run.json" timeout "$TMO" "$CTL" --db "$db" scan adhoc --host 127.0.0.1 \
    --ports "$RANGE_LO-$RANGE_HI" ${CONCURRENCY:+--concurrency "$CONCURRENCY"} --json
  cw=$W cu=$U cs=$S cm=$M
  # not timed: the result's endpoints, then what the store holds
  python3 - "$WORK/certdesk$run.json" >"$WORK/certdesk$run.fp" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for e in doc["endpoints"]:
    d = e["chain"][0].upper()
    print(e["port"], ":".join(d[i:i + 2] for i in range(0, 64, 2)))
PY
  verify "certdeskctl run $run" "$WORK/certdesk$run.fp"
  "$CTL" --db "$db" discovered list --json |
    python3 -c 'import json,sys; [print(d["sha256"]) for d in json.load(sys.stdin)["discovered"]]' |
    sort >"$WORK/stored$run.sha256"
  if ! diff -q "$WORK/stored$run.sha256" "$WORK/expected.sha256" >/dev/null; then
    echo "STORE DIFFERS: run $run stored $(wc -l <"$WORK/stored$run.sha256") certificates, expected the $K served" | tee -a "$OUT"
    exit 1
  fi
}

median() { sort -g | awk '{v[NR]=$1} END{ if (NR % 2) print v[(NR+1)/2]; else printf "%.4f\n", (v[NR/2]+v[NR/2+1])/2 }'; }

nmap_s=() cd_s=() pairs=() cpu_pairs=() probe_s=()
for run in $(seq 1 "$RUNS"); do
  before=$(load)
  if ((run % 2)); then
    run_nmap "$run"
    run_certdesk "$run"
  else
    run_certdesk "$run"
    run_nmap "$run"
  fi
  line=$(timeout "$TMO" "$WORK/tls_probe" -j 16 -o "$WORK/probe$run.fp" 127.0.0.1 "$WORK/range.ports")
  verify "C prober run $run" "$WORK/probe$run.fp"
  pw=$(kv "$line" seconds)
  ratio=$(awk -v a="$nw" -v b="$cw" 'BEGIN{printf "%.2f", a/b}')
  cpu_ratio=$(awk -v a="$nu" -v b="$ns" -v c="$cu" -v d="$cs" 'BEGIN{printf "%.2f", (a+b)/(c+d)}')
  nmap_s+=("$nw") cd_s+=("$cw") pairs+=("$ratio") cpu_pairs+=("$cpu_ratio") probe_s+=("$pw")
  result "pair${run}_order" "$( ((run % 2)) && echo nmap,certdesk || echo certdesk,nmap)" "(load average before: $before)"
  result "pair${run}_nmap_s" "$nw" "s (user $nu s, sys $ns s, maxrss $nm KiB; $K/$K certificates)"
  result "pair${run}_certdesk_s" "$cw" "s (user $cu s, sys $cs s, maxrss $cm KiB; $K/$K certificates, store checked)"
  result "pair${run}_ratio_nmap_over_certdesk" "$ratio" "x (CPU time, user+sys: $cpu_ratio x)"
  result "pair${run}_c_prober_16threads_s" "$pw" "s ($line)"
done
nmap_med=$(printf '%s\n' "${nmap_s[@]}" | median)
cd_med=$(printf '%s\n' "${cd_s[@]}" | median)
pair_med=$(printf '%s\n' "${pairs[@]}" | median)
probe_med=$(printf '%s\n' "${probe_s[@]}" | median)
result nmap_median_s "$nmap_med" "s (${nmap_s[*]})"
result certdesk_median_s "$cd_med" "s (${cd_s[*]})"
result c_prober_16threads_median_s "$probe_med" "s (${probe_s[*]})"
result ratio_of_medians "$(awk -v a="$nmap_med" -v b="$cd_med" 'BEGIN{printf "%.2f", a/b}')" "x (nmap median / certdesk median)"
result ratio_pairs "${pairs[*]}" "x (each pair: nmap / certdesk)"
result ratio_pairs_median "$pair_med" "x"
result ratio_cpu_pairs_median "$(printf '%s\n' "${cpu_pairs[@]}" | median)" "x (nmap CPU time / certdesk CPU time: ${cpu_pairs[*]})"
line=$(timeout "$TMO" "$WORK/tls_probe" -j 1 -o "$WORK/probe_j1.fp" 127.0.0.1 "$WORK/range.ports")
verify "C prober 1 thread" "$WORK/probe_j1.fp"
result c_prober_1thread_s "$(kv "$line" seconds)" "s ($line)"
result load_average_end "$(load)" ""
if awk -v r="$pair_med" 'BEGIN{exit !(r>=3)}'; then
  echo "GOAL network scan >= 3x faster than nmap (median of paired runs): met ($pair_med x)" | tee -a "$OUT"
else
  echo "GOAL network scan >= 3x faster than nmap (median of paired runs): MISSED ($pair_med x)" | tee -a "$OUT"
fi

# ---------------------------------------------------------------- GUI event-loop stalls
if ((GUI_RUNS > 0)); then
  platform="${GUI_PLATFORM:-}"
  [[ -z "$platform" ]] && { command -v xvfb-run >/dev/null && platform=xvfb || platform=offscreen; }
  gui=()
  if [[ "$platform" == xvfb ]]; then
    gui=(xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb)
  else
    gui=(env QT_QPA_PLATFORM=offscreen)
  fi
  worst=0
  for run in $(seq 1 "$GUI_RUNS"); do
    for variant in plain busy; do
      extra=() tag="gui${run}"
      [[ "$variant" == busy ]] && extra=(--busy-global-pool) tag="gui${run}busy"
      log "netscan_guistall run $run ${extra[*]} ($platform), load average $(load)"
      timeout 300 "${gui[@]}" "$GUISTALL" --host 127.0.0.1 --ports "$RANGE_LO-$RANGE_HI" --expect "$K" "${extra[@]}" \
        ${CONCURRENCY:+--concurrency "$CONCURRENCY"} >"$WORK/$tag.txt" 2>&1 || {
        cat "$WORK/$tag.txt" >&2; echo "netscan_guistall run $run ${extra[*]} failed" | tee -a "$OUT"; exit 1; }
      sed -n 's/^RESULT \(.*\)/\1/p' "$WORK/$tag.txt" | while read -r key rest; do result "${tag}_$key" "$rest"; done
      grep '^# gap' "$WORK/$tag.txt" | head -3 | sed "s/^# /# $tag /" | tee -a "$OUT"
      m=$(awk '$2 == "max_gap_ms" {print $3}' "$WORK/$tag.txt")
      worst=$(awk -v a="$m" -v b="$worst" 'BEGIN{print (a > b) ? a : b}')
    done
  done
  result gui_worst_max_gap_ms "$worst" "ms over $((2 * GUI_RUNS)) runs ($platform; half with --busy-global-pool)"
  if awk -v w="$worst" 'BEGIN{exit !(w<=50)}'; then
    echo "GOAL GUI event loop never stalls > 50 ms while a scan runs: met (worst gap $worst ms)" | tee -a "$OUT"
  else
    echo "GOAL GUI event loop never stalls > 50 ms while a scan runs: MISSED (worst gap $worst ms)" | tee -a "$OUT"
  fi
fi

if [[ -n "$OUT_DIR" ]]; then
  mkdir -p "$OUT_DIR"
  cp "$OUT" "$OUT_DIR/netscan_bench.txt"
fi
