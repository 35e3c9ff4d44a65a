#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what the tests need, builds CertDesk once, starts a throwaway PostgreSQL cluster on
# loopback (so the store suite runs on both backends) and runs every test through ctest.
# Usage: tests/run-all.sh            env: BUILD_DIR (default build-tests), CTEST_PARALLEL (default 2)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build-tests}"
cd "$ROOT"

"$ROOT/installer/install-deps.sh" --test

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON
cmake --build "$BUILD_DIR" -j "$(nproc)"

PG_STATE_FILE="$(mktemp /tmp/certdesk-pg-state.XXXXXX)"
export PG_STATE_FILE
cleanup() { "$ROOT/.ci/stop-postgres.sh" || true; rm -f "$PG_STATE_FILE"; }
trap cleanup EXIT
CERTDESK_TEST_PGURL="$("$ROOT/.ci/start-postgres.sh" | tail -n 1)"
export CERTDESK_TEST_PGURL
echo "PostgreSQL for the store suite: $CERTDESK_TEST_PGURL"

cd "$BUILD_DIR"
ctest --output-on-failure -j "${CTEST_PARALLEL:-2}" --timeout 600
