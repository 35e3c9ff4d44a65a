#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything CertDesk needs to build, run and test on Debian 12 (bookworm).
# Usage: installer/install-deps.sh [--test]   (--test adds the servers the test suite starts)
set -euo pipefail

runtime_and_build=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev
  qtkeychain-qt6-dev libsecret-1-0 libssl-dev openssl libcurl4-openssl-dev libsqlite3-dev
  libgl-dev libvulkan-dev libxkbcommon-dev qt6-qpa-plugins qt6-wayland
  ca-certificates
  libssh-dev
)
test_extra=(
  postgresql xvfb xauth sqlite3 python3 gnome-keyring libsecret-1-0 dbus-bin dbus-daemon clang-14 libclang-rt-14-dev libfuzzer-14-dev pebble
  caddy
  nginx apache2 haproxy
  default-jre-headless
  python3-aiosmtpd
  openssh-server openssh-client
)

want=("${runtime_and_build[@]}")
if [[ "${1:-}" == "--test" ]]; then want+=("${test_extra[@]}"); fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  echo "installing: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # Freshly installed, caddy, nginx, apache2 and haproxy would serve :80/:443 and openssh-server
  # (service ssh) would accept logins on :22; the tests start their own on loopback ports. Their
  # services are stopped and disabled; a package that was installed before is left alone.
  for package in caddy nginx apache2 haproxy openssh-server; do
    if [[ " ${missing[*]} " == *" $package "* ]]; then
      service=${package/openssh-server/ssh}
      units=("$service.service")
      if [[ $service == ssh ]]; then units+=(ssh.socket); fi
      $SUDO systemctl disable --now "${units[@]}" >/dev/null 2>&1 || $SUDO service "$service" stop >/dev/null 2>&1 || true
    fi
  done
fi
