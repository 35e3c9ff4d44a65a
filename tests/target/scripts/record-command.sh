#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A stand-in for a server's check or reload command in the file-target tests: appends its
# arguments, one line tab-separated, to LOGFILE, prints them, and exits with the first line of
# STATUSFILE, which it removes (a queue of exit statuses; 0 when the file is empty or missing).
# Usage: record-command.sh LOGFILE STATUSFILE ARGUMENTS...
set -eu
log=$1
statuses=$2
shift 2
(IFS="$(printf '\t')"; printf '%s\n' "$*") >>"$log"
echo "recorded: $*"
status=0
if [ -s "$statuses" ]; then
  status=$(head -n 1 "$statuses")
  tail -n +2 "$statuses" >"$statuses.next"
  mv "$statuses.next" "$statuses"
fi
exit "$status"
