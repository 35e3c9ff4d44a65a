#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# discovery_bench.sh [N=5000] - filesystem discovery: `certdeskctl discover fs` on a corpus of N files
# from ../shared/bench/make_cert_corpus.sh, in the same run as the peers of
# ../shared/bench/fs_discovery_baseline.sh (openssl CLI pipelines, python `cryptography`, bare C loops).
# Goal: at least 1.5x the python `cryptography` rate, store writes and process start included, with
# exactly the corpus's ground-truth set of fingerprints.
#
# certdeskctl runs RUNS times (default 3), each on a fresh SQLite inventory (a first scan: every
# certificate is new and written), plus once more on the last inventory (a rescan). The rate counts
# certificate occurrences (a certificate in two files counts twice), as the baselines do.
#
# Environment: BUILD_DIR       build tree (default /tmp/build-bench; configured Release when missing)
#              RESULTS_DIR     also write discovery_bench.txt and the baseline's results there
#              SKIP_BASELINE=1 no baseline run, no ratio (quick check of our own figures)
#              RUNS            fresh-inventory runs of certdeskctl (default 3)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
SHARED="${SHARED_BENCH_DIR:-$ROOT/../shared/bench}"
N="${1:-5000}"
RUNS="${RUNS:-3}"
BUILD_DIR="${BUILD_DIR:-/tmp/build-bench}"
[[ "$N" =~ ^[0-9]+$ && "$N" -ge 10 ]] || { echo "N must be an integer >= 10" >&2; exit 2; }

log() { echo "# $*" >&2; }
if [[ ! -f "$BUILD_DIR/build.ninja" && ! -f "$BUILD_DIR/Makefile" ]]; then
  log "configuring $BUILD_DIR"
  timeout 600 cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCERTDESK_BUILD_BENCH=ON >/dev/null
fi
log "building certdeskctl in $BUILD_DIR"
timeout 3600 cmake --build "$BUILD_DIR" --target certdeskctl >/dev/null
CTL="$BUILD_DIR/app/cli/certdeskctl"

WORK="$(mktemp -d /tmp/discovery_bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
OUT="$WORK/discovery_bench.txt"
result() { echo "RESULT $*" | tee -a "$OUT"; }
{
  echo "# date: $(date -u +%FT%TZ)  host: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load average $(cut -d' ' -f1 /proc/loadavg)"
  echo "# $(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt") build in $BUILD_DIR; $(openssl version)"
} | tee "$OUT"

PY_RATE=""
if [[ "${SKIP_BASELINE:-0}" != 1 ]]; then
  log "running $SHARED/fs_discovery_baseline.sh $N (about 4-5 minutes)"
  mkdir -p "$WORK/baseline"
  RESULTS_DIR="$WORK/baseline" timeout 1800 "$SHARED/fs_discovery_baseline.sh" "$N" >"$WORK/baseline.log" 2>&1
  grep '^RESULT' "$WORK/baseline/fs_discovery_baseline.txt" | sed 's/^RESULT /RESULT baseline_/' | tee -a "$OUT"
  PY_RATE="$(awk '$2 == "python_cryptography_certs_per_s" {print $3}' "$WORK/baseline/fs_discovery_baseline.txt")"
fi

CORPUS="$WORK/corpus"
log "generating the corpus: $SHARED/make_cert_corpus.sh $CORPUS $N"
"$SHARED/make_cert_corpus.sh" "$CORPUS" "$N" >/dev/null
tr 'A-F' 'a-f' <"$CORPUS/.corpus/expected_sha256.txt" | tr -d ':' | sort >"$WORK/expected.txt"
printf 'bench passphrase\n' >"$WORK/master.pass"
export CERTDESK_MASTER_KEY_FILE="$WORK/master.pass"

# One timed run: prints "seconds occurrences unique" and checks the fingerprint set.
scan() {
  local db=$1 json=$2 t0 t1
  t0=$EPOCHREALTIME
  "$CTL" --db "$db" discover fs --json "$CORPUS" >"$json"
  t1=$EPOCHREALTIME
  python3 - "$json" "$WORK/expected.txt" "$t0" "$t1" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
found = sorted(d["sha256"] for d in doc["discovered"])
expected = [l.strip() for l in open(sys.argv[2]) if l.strip()]
occurrences = sum(len(d["locations"]) for d in doc["discovered"])
missing = len(set(expected) - set(found)); extra = len(set(found) - set(expected))
print(f"{float(sys.argv[4]) - float(sys.argv[3]):.4f} {occurrences} {len(found)} {missing} {extra} {doc['new']}")
PY
}

# The baseline's python script, run again right after each of our runs on our corpus, so that both
# rates of a pair see the same machine load.
PY_SCRIPT="$WORK/pydiscover.py"
sed -n '/cat >"$WORK\/pydiscover.py" <<.EOF./,/^EOF/p' "$SHARED/fs_discovery_baseline.sh" | sed '1d;$d' >"$PY_SCRIPT"
python_rate() {
  local t0 t1 n
  python3 -c 'import cryptography.x509' 2>/dev/null || return 0
  t0=$EPOCHREALTIME
  n=$(python3 "$PY_SCRIPT" "$CORPUS" | wc -l)
  t1=$EPOCHREALTIME
  awk -v n="$n" -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", n/(b-a)}'
}

best=""
pair_ratios=()
for run in $(seq 1 "$RUNS"); do
  rm -f "$WORK/inv.sqlite"*
  read -r s occ uniq missing extra new < <(scan "$WORK/inv.sqlite" "$WORK/scan$run.json")
  rate=$(awk -v n="$occ" -v s="$s" 'BEGIN{printf "%.1f", n/s}')
  result "certdesk_first_scan_run${run}_certs_per_s" "$rate" "certs/s (occurrences=$occ unique=$uniq new=$new missing=$missing unexpected=$extra, ${s}s incl. process start and store writes)"
  if [[ "$missing" != 0 || "$extra" != 0 ]]; then echo "FINGERPRINT SET DIFFERS from the ground truth" | tee -a "$OUT"; exit 1; fi
  if [[ -z "$best" ]] || awk -v a="$rate" -v b="$best" 'BEGIN{exit !(a>b)}'; then best=$rate; fi
  py=$(python_rate)
  if [[ -n "$py" ]]; then
    result "python_cryptography_after_run${run}_certs_per_s" "$py" "certs/s (same corpus, right after run $run)"
    pair_ratios+=("$(awk -v a="$rate" -v b="$py" 'BEGIN{printf "%.2f", a/b}')")
  fi
done
if ((${#pair_ratios[@]})); then
  median=$(printf '%s\n' "${pair_ratios[@]}" | sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}')
  result ratio_pairs "${pair_ratios[*]}" "x (each run against the python run right after it)"
  result ratio_pairs_median "$median" "x"
fi
read -r s occ uniq missing extra new < <(scan "$WORK/inv.sqlite" "$WORK/rescan.json")
result certdesk_rescan_certs_per_s "$(awk -v n="$occ" -v s="$s" 'BEGIN{printf "%.1f", n/s}')" "certs/s (new=$new, ${s}s)"
result certdesk_first_scan_best_certs_per_s "$best" "certs/s (best of $RUNS)"
# The goal is judged on the paired runs (same corpus, same moment) when python has `cryptography`,
# else on the best run against the baseline script's python figure.
if [[ -n "$PY_RATE" ]]; then
  result ratio_to_baseline_python_cryptography "$(awk -v a="$best" -v b="$PY_RATE" 'BEGIN{printf "%.2f", a/b}')" \
    "x (best run against the baseline script's python run)"
fi
goal_ratio="${median:-}"
[[ -z "$goal_ratio" && -n "$PY_RATE" ]] && goal_ratio=$(awk -v a="$best" -v b="$PY_RATE" 'BEGIN{printf "%.2f", a/b}')
if [[ -n "$goal_ratio" ]]; then
  if awk -v r="$goal_ratio" 'BEGIN{exit !(r>=1.5)}'; then
    echo "GOAL discovery >= 1.5x python cryptography: met ($goal_ratio x)" | tee -a "$OUT"
  else
    echo "GOAL discovery >= 1.5x python cryptography: MISSED ($goal_ratio x)" | tee -a "$OUT"
  fi
fi
if [[ -n "${RESULTS_DIR:-}" ]]; then
  mkdir -p "$RESULTS_DIR"
  cp "$OUT" "$RESULTS_DIR/discovery_bench.txt"
  [[ -d "$WORK/baseline" ]] && cp "$WORK/baseline/"* "$RESULTS_DIR/" 2>/dev/null || true
fi
