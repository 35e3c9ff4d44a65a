#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs CertDesk's dependencies, builds it and starts the console on its embedded SQLite
# inventory (~/.local/share/certdesk/inventory.sqlite, created on first start).
# Usage: installer/run-console.sh [certdesk options...]    env: BUILD_DIR (default build)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"
"$ROOT/installer/install-deps.sh"
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
cmake --build "$BUILD_DIR" -j "$(nproc)"
exec "$BUILD_DIR/app/gui/certdesk" "$@"
