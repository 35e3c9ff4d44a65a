#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# issuance_bench.sh [N=1000] - bulk issuance by the local CA through the job queue (issuance_bench),
# in the same run as the peer baseline ../shared/bench/localca_baseline.sh (OpenSSL CLI variants and a
# bare C loop on libcrypto). Goal: at least half the C loop's certificates per second.
#
# Builds the issuance_bench target (Release, tests off) in BUILD_DIR and runs it; issuance_bench runs
# the baseline itself, with RESULTS_DIR in a temporary directory, and prints the ratios and the goal.
#
# Environment: BUILD_DIR       build tree (default /tmp/build-bench; configured here when missing)
#              RESULTS_DIR     also write issuance_bench.txt and the baseline's log there
#              CONCURRENCY     JobRunner maxConcurrent of each round (default "2,1")
#              BREAKDOWN=1     also time the steps of one issuance one by one (--breakdown)
#              BASELINE_N      N of localca_baseline.sh (default 200; its C loop also runs 5000)
#              SKIP_BASELINE=1 no baseline, no ratio, no goal check
# Writes "RESULT key value unit" lines and a goal check to stdout.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
SHARED="${SHARED_BENCH_DIR:-$ROOT/../shared/bench}"
N="${1:-1000}"
BUILD_DIR="${BUILD_DIR:-/tmp/build-bench}"
[[ "$N" =~ ^[0-9]+$ && "$N" -ge 1 ]] || { echo "N must be a positive integer" >&2; exit 2; }

log() { echo "# $*" >&2; }

if [[ ! -f "$BUILD_DIR/build.ninja" && ! -f "$BUILD_DIR/Makefile" ]]; then
  log "configuring $BUILD_DIR"
  timeout 600 cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCERTDESK_BUILD_BENCH=ON >/dev/null
fi
log "building issuance_bench in $BUILD_DIR"
timeout 3600 cmake --build "$BUILD_DIR" --target issuance_bench >/dev/null
BIN="$BUILD_DIR/bench/issuance_bench"
[[ -x "$BIN" ]] || { echo "no issuance_bench at $BIN" >&2; exit 1; }
BUILD_TYPE="$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt")"

args=(--count "$N" --concurrency "${CONCURRENCY:-2,1}")
[[ "${BREAKDOWN:-0}" == 1 ]] && args+=(--breakdown)
if [[ "${SKIP_BASELINE:-0}" == 1 ]]; then
  args+=(--skip-baseline)
else
  [[ -f "$SHARED/localca_baseline.sh" ]] || { echo "no baseline at $SHARED/localca_baseline.sh" >&2; exit 1; }
  args+=(--baseline "$(cd "$SHARED" && pwd)/localca_baseline.sh" --baseline-count "${BASELINE_N:-200}")
  if [[ -n "${RESULTS_DIR:-}" ]]; then
    mkdir -p "$RESULTS_DIR"
    args+=(--baseline-log "$RESULTS_DIR/localca_baseline.log")
  fi
fi

OUT="$(mktemp /tmp/issuance_bench.XXXXXX.txt)"
trap 'rm -f "$OUT"' EXIT
{
  echo "# date: $(date -u +%FT%TZ)  host: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load average $(cut -d' ' -f1 /proc/loadavg)"
  echo "# $BUILD_TYPE build in $BUILD_DIR; $(openssl version 2>/dev/null || echo 'no openssl CLI')"
} | tee "$OUT"
# The baseline installs what it lacks with apt-get; the whole run takes about 2-4 minutes.
timeout 3600 "$BIN" "${args[@]}" 2>&1 | tee -a "$OUT"
if [[ -n "${RESULTS_DIR:-}" ]]; then
  mkdir -p "$RESULTS_DIR"
  cp "$OUT" "$RESULTS_DIR/issuance_bench.txt"
fi
