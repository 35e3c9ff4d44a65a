#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Stops the cluster that .ci/start-postgres.sh started (found through $PG_STATE_FILE, same default)
# and removes its folder. Idempotent: nothing to stop is not an error.
set -euo pipefail

STATE_FILE=${PG_STATE_FILE:-${TMPDIR:-/tmp}/certdesk-test-postgres-$(id -u).state}
log() { echo "stop-postgres: $*" >&2; }

if [[ ! -s $STATE_FILE ]]; then
    log "no state file $STATE_FILE: nothing to stop"
    exit 0
fi
datadir=$(head -n1 "$STATE_FILE")
base=$(dirname "$datadir")

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
    [[ -x $candidate/pg_ctl ]] || continue
    if [[ -z $bindir ]] || [[ $(basename "$(dirname "$candidate")") -gt $(basename "$(dirname "$bindir")") ]]; then
        bindir=$candidate
    fi
done

if [[ -d $datadir && -n $bindir ]]; then
    owner=$(stat -c %U "$datadir")
    run() { if [[ $(id -u) -eq 0 && $owner != root ]]; then runuser -u "$owner" -- "$@"; else "$@"; fi; }
    if (cd "$base" && run "$bindir/pg_ctl" status -D "$datadir" >/dev/null 2>&1); then
        (cd "$base" && run "$bindir/pg_ctl" stop -D "$datadir" -m fast -w -t 30 >/dev/null) ||
            (cd "$base" && run "$bindir/pg_ctl" stop -D "$datadir" -m immediate -w -t 30 >/dev/null) ||
            log "could not stop the server in $datadir"
    fi
fi
# Only ever remove a folder that start-postgres.sh made.
if [[ $(basename "$base") == certdesk-pg.* && $(basename "$datadir") == data ]]; then
    rm -rf "$base"
else
    log "not removing $base: it does not look like a folder start-postgres.sh made"
fi
rm -f "$STATE_FILE"
log "stopped"
