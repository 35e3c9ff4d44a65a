#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Reload command of the HAProxy server tests. HAProxy reloads by starting a new process that takes
# over from the old one (-sf OLDPID), and the old pid is only known when the reload runs; a
# reload_command runs without a shell, so it cannot write $(cat pidfile). This script reads it.
# (systemd does the same with $MAINPID.) Usage: haproxy-reload.sh PIDFILE HAPROXY-ARGUMENTS...
# Exits with haproxy's status: non-zero when the new process refused its configuration, in which
# case the old process keeps serving.
set -eu
pidfile=$1
shift
exec haproxy "$@" -D -p "$pidfile" -sf "$(cat "$pidfile")"
