#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# import_bench.sh [N=1000] - import throughput: `certdeskctl inventory import` of N certificate files
# into a fresh SQLite inventory, in the same run as the peer baseline ../shared/bench/xca_import_baseline.sh
# (XCA 2.4's console import into SQLite). Goal: at least 50x XCA's certificates per second.
#
# The corpus is made by ../shared/bench/make_cert_corpus.sh with the XCA script's parameters (2N files,
# seed 11) and the files are selected as that script selects them (*.pem *.crt *.der *.cer, no space in
# the name, the first N). About a tenth of them are junk (keys and CSRs named .pem, corrupt or empty
# files): both tools must reject those, so failed files are expected.
#
# Environment: BUILD_DIR   a configured build tree to use (default /tmp/build-bench, configured and
#                          built here when missing);
#              RESULTS_DIR also write import_bench.txt there;
#              SKIP_XCA=1  measure CertDesk only (no baseline, no ratio).
# Writes "RESULT key value unit" lines and a goal check to stdout.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
SHARED="${SHARED_BENCH_DIR:-$(cd "$ROOT/../shared/bench" && pwd)}"
N="${1:-1000}"
BUILD_DIR="${BUILD_DIR:-/tmp/build-bench}"
GOAL_RATIO=50
[[ "$N" =~ ^[0-9]+$ && "$N" -ge 10 ]] || { echo "N must be an integer >= 10" >&2; exit 2; }

log() { echo "# $*" >&2; }

# --- build certdeskctl -----------------------------------------------------------------------------
if [[ ! -f "$BUILD_DIR/build.ninja" && ! -f "$BUILD_DIR/Makefile" ]]; then
  log "configuring $BUILD_DIR"
  timeout 600 cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
fi
log "building certdeskctl in $BUILD_DIR"
timeout 3600 cmake --build "$BUILD_DIR" --target certdeskctl >/dev/null
CTL="$BUILD_DIR/app/cli/certdeskctl"
[[ -x "$CTL" ]] || { echo "no certdeskctl at $CTL" >&2; exit 1; }
BUILD_TYPE="$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt")"

WORK="$(mktemp -d /tmp/import_bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

# --- corpus, selected like xca_import_baseline.sh selects it -------------------------------------------
timeout 300 "$SHARED/make_cert_corpus.sh" "$WORK/corpus" "$((N * 2))" 11 >/dev/null
find "$WORK/corpus" -type f \( -name '*.pem' -o -name '*.crt' -o -name '*.der' -o -name '*.cer' \) \
  | grep -v ' ' > "$WORK/all.txt" || true
head -n "$N" "$WORK/all.txt" > "$WORK/list.txt"
mapfile -t FILES < "$WORK/list.txt"
# The certificates these files hold (ground truth from the corpus manifest), unique by SHA-256.
EXPECTED=$(python3 - "$WORK/corpus" "$WORK/list.txt" <<'EOF'
import sys
root, listing = sys.argv[1], sys.argv[2]
wanted = {p.strip()[len(root) + 1:] for p in open(listing) if p.strip()}
fps = set()
for line in open(f"{root}/.corpus/manifest.tsv"):
    rel, kind, n, fp = (line.rstrip("\n").split("\t") + [""] * 4)[:4]
    if rel in wanted and int(n) > 0:
        fps.update(fp.split(","))
print(len(fps))
EOF
)
printf 'bench-master-passphrase\n' > "$WORK/passphrase"
export CERTDESK_MASTER_KEY_FILE="$WORK/passphrase"
unset CERTDESK_DB CERTDESK_PG_URL

now() { date +%s.%N; }
count_certs() {
  timeout 120 "$CTL" --db "$1" inventory list --json \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])'
}

# --- CertDesk: all N files into a fresh inventory, one process (DB creation included) -------------------
# ARG_MAX (2 MiB here) holds 1,000 paths easily; xargs would split only a much longer list.
DB="$WORK/certdesk.sqlite"
t0=$(now)
set +e
timeout 600 /usr/bin/time -f '%M %e %U %S' -o "$WORK/time.txt" \
  "$CTL" --db "$DB" inventory import "${FILES[@]}" >"$WORK/import.out" 2>"$WORK/import.err"
code=$?
set -e
t1=$(now)
[[ $code -le 1 ]] || { echo "certdeskctl import failed with exit code $code" >&2; tail "$WORK/import.err" >&2; exit 1; }
imported=$(count_certs "$DB")
read -r maxrss_kib _ usr sys < <(tail -n 1 "$WORK/time.txt")
secs=$(python3 -c "print(round($t1-$t0,3))")
rate=$(python3 -c "print(round($imported/($t1-$t0),1))")
failed_files=$(grep -c '^certdeskctl: error:' "$WORK/import.err" || true)

# --- CertDesk, XCA's way: the inventory made with the first file, then the other N-1 timed --------------
DB2="$WORK/certdesk2.sqlite"
timeout 120 "$CTL" --db "$DB2" inventory import "${FILES[0]}" >/dev/null 2>&1 || true
before2=$(count_certs "$DB2")
t2=$(now)
timeout 600 "$CTL" --db "$DB2" inventory import "${FILES[@]:1}" >/dev/null 2>&1 || true
t3=$(now)
after2=$(count_certs "$DB2")
rate2=$(python3 -c "print(round(($after2-$before2)/($t3-$t2),1))")

{
  echo "# date: $(date -u +%FT%TZ)  host: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load average $(cut -d' ' -f1 /proc/loadavg)"
  echo "# certdeskctl $("$CTL" --version | awk '{print $2}') ($BUILD_TYPE build in $BUILD_DIR)"
  echo "# corpus: $N files selected like xca_import_baseline.sh, holding $EXPECTED unique certificates"
  echo "RESULT certdesk_import_certs_per_s $rate certs/s (files=$N imported=$imported expected=$EXPECTED failed_files=$failed_files seconds=$secs cpu_user=$usr cpu_sys=$sys maxrss_kib=$maxrss_kib)"
  echo "RESULT certdesk_import_xca_way_certs_per_s $rate2 certs/s (inventory made with the first file, then files=$((N - 1)) imported=$((after2 - before2)) seconds=$(python3 -c "print(round($t3-$t2,3))"))"
} | tee "$WORK/certdesk.txt"
if [[ "$imported" -ne "$EXPECTED" ]]; then
  echo "WARNING: imported $imported certificates, the corpus holds $EXPECTED" >&2
fi

# --- XCA baseline, same run ----------------------------------------------------------------------------
if [[ "${SKIP_XCA:-0}" != 1 ]]; then
  mkdir -p "$WORK/xca"
  RESULTS_DIR="$WORK/xca" timeout 1800 "$SHARED/xca_import_baseline.sh" "$N" >/dev/null
  tee -a "$WORK/certdesk.txt" < "$WORK/xca/xca_import_baseline.txt"
  xca_rate=$(awk '$1 == "RESULT" && $2 == "xca_import_certs_per_s" {print $3}' "$WORK/xca/xca_import_baseline.txt")
  ratio=$(python3 -c "print(round($rate/$xca_rate,1))")
  ratio2=$(python3 -c "print(round($rate2/$xca_rate,1))")
  verdict=$(python3 -c "print('met' if $rate/$xca_rate >= $GOAL_RATIO else 'MISSED')")
  {
    echo "RESULT certdesk_vs_xca_ratio $ratio x (fresh inventory; XCA's way: ${ratio2}x)"
    echo "GOAL import >= ${GOAL_RATIO}x XCA: $verdict (certdesk $rate certs/s, xca $xca_rate certs/s, ${ratio}x)"
  } | tee -a "$WORK/certdesk.txt"
fi
if [[ -n "${RESULTS_DIR:-}" ]]; then
  mkdir -p "$RESULTS_DIR"
  cp "$WORK/certdesk.txt" "$RESULTS_DIR/import_bench.txt"
fi
