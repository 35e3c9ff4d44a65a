#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run-all.sh - builds and runs every CertDesk benchmark (see bench/README.md), RUNS times each.
#
# Environment: BUILD_DIR   build tree (default /tmp/build-bench; configured Release, tests off, when missing)
#              RUNS        runs of each benchmark (default 2: machines are noisy, compare the runs)
#              RESULTS_DIR where the logs go (default: a new mktemp -d directory, printed at the end)
#              COUNT       certificates in the inventory benchmark (default 100000)
#              IMPORT_N    files in the import benchmark (default 1000)
#              SKIP_XCA=1  no XCA baseline in the import benchmark
#              ISSUE_N     certificates per round in the issuance benchmark (default 1000)
#              DISCOVERY_N files in the discovery benchmark's corpus (default 5000)
#              SKIP_LOCALCA=1 no localca_baseline.sh in the issuance benchmark (no ratio, no goal check)
#              NETSCAN_RUNS nmap/CertDesk pairs in the network-scan benchmark (default 5)
#              ACME_ROUNDS rounds of the ACME benchmark against pebble (default 3)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
export BUILD_DIR="${BUILD_DIR:-/tmp/build-bench}"
RUNS="${RUNS:-2}"
COUNT="${COUNT:-100000}"
IMPORT_N="${IMPORT_N:-1000}"
ISSUE_N="${ISSUE_N:-1000}"
RESULTS_DIR="${RESULTS_DIR:-$(mktemp -d /tmp/certdesk-bench-results.XXXXXX)}"
mkdir -p "$RESULTS_DIR"

if [[ ! -f "$BUILD_DIR/build.ninja" && ! -f "$BUILD_DIR/Makefile" ]]; then
  echo "# configuring $BUILD_DIR"
  timeout 600 cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCERTDESK_BUILD_BENCH=ON >/dev/null
fi
echo "# building inventory_bench, issuance_bench, netscan_guistall and certdeskctl in $BUILD_DIR"
timeout 3600 cmake --build "$BUILD_DIR" --target inventory_bench issuance_bench netscan_guistall certdeskctl >/dev/null

{
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2 / 1048576}' /proc/meminfo)"
  echo "# date: $(date -u +%FT%TZ), tree: $ROOT, build: $BUILD_DIR"
} | tee "$RESULTS_DIR/machine.txt"

for run in $(seq 1 "$RUNS"); do
  echo "## inventory_bench run $run"
  QT_QPA_PLATFORM=offscreen timeout 1800 "$BUILD_DIR/bench/inventory_bench" --count "$COUNT" --breakdown \
    2>&1 | tee "$RESULTS_DIR/inventory_bench.$run.txt"
  echo "## import_bench run $run"
  RESULTS_DIR="$RESULTS_DIR/import.$run" timeout 2400 "$HERE/import_bench.sh" "$IMPORT_N" \
    2>&1 | tee "$RESULTS_DIR/import_bench.$run.txt"
  echo "## issuance_bench run $run"
  BREAKDOWN=1 SKIP_BASELINE="${SKIP_LOCALCA:-0}" RESULTS_DIR="$RESULTS_DIR/issuance.$run" timeout 3600 \
    "$HERE/issuance_bench.sh" "$ISSUE_N" 2>&1 | tee "$RESULTS_DIR/issuance_bench.$run.txt"
  echo "## discovery_bench run $run"
  RESULTS_DIR="$RESULTS_DIR/discovery.$run" timeout 3600 "$HERE/discovery_bench.sh" "${DISCOVERY_N:-5000}" \
    2>&1 | tee "$RESULTS_DIR/discovery_bench.$run.txt"
  echo "## netscan_bench run $run"
  RUNS="${NETSCAN_RUNS:-5}" RESULTS_DIR="$RESULTS_DIR/netscan.$run" timeout 1800 "$HERE/netscan_bench.sh" \
    2>&1 | tee "$RESULTS_DIR/netscan_bench.$run.txt"
  echo "## acme_bench run $run"
  ROUNDS="${ACME_ROUNDS:-3}" RESULTS_DIR="$RESULTS_DIR/acme.$run" timeout 1800 "$HERE/acme_bench.sh" 50 \
    2>&1 | tee "$RESULTS_DIR/acme_bench.$run.txt"
done
echo "# logs in $RESULTS_DIR"
grep -h '^GOAL' "$RESULTS_DIR"/*.txt || true
