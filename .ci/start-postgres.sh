#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a throwaway PostgreSQL cluster for the test suite and prints its URL as the last line:
#   postgresql://certdesk@127.0.0.1:PORT/certdesk_test
# The cluster lives in a fresh `mktemp -d` folder owned by the unprivileged `postgres` user (created
# when absent), listens on 127.0.0.1 only, on the first free port from 55432 up, with its unix socket
# in that folder and trust authentication. Role `certdesk` (LOGIN CREATEDB) owns database
# `certdesk_test`. Its data directory is written to $PG_STATE_FILE (default
# ${TMPDIR:-/tmp}/certdesk-test-postgres-$UID.state); .ci/stop-postgres.sh stops and removes it.
# Idempotent: when the state file names a cluster that is running, its URL is printed again.
# Needs Debian's postgresql package (installer/install-deps.sh --test). Run as root (or as any user,
# who then owns the cluster). Usage: CERTDESK_TEST_PGURL=$(.ci/start-postgres.sh | tail -n1)
set -euo pipefail

STATE_FILE=${PG_STATE_FILE:-${TMPDIR:-/tmp}/certdesk-test-postgres-$(id -u).state}
FIRST_PORT=${PG_FIRST_PORT:-55432}
PORT_TRIES=40
WAIT_SECONDS=30

log() { echo "start-postgres: $*" >&2; }
die() { log "$*"; exit 1; }

# The newest installed server, found by glob so that a version change does not break this script.
bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
    [[ -x $candidate/initdb && -x $candidate/pg_ctl ]] || continue
    if [[ -z $bindir ]] || [[ $(basename "$(dirname "$candidate")") -gt $(basename "$(dirname "$bindir")") ]]; then
        bindir=$candidate
    fi
done
[[ -n $bindir ]] || die "no PostgreSQL server found under /usr/lib/postgresql/*/bin: run installer/install-deps.sh --test"

if [[ $(id -u) -eq 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
        log "creating system user postgres"
        useradd --system --user-group --home-dir /var/lib/postgresql --no-create-home \
            --shell /usr/sbin/nologin postgres
    fi
    as_owner() { runuser -u postgres -- "$@"; }
else
    as_owner() { "$@"; }
fi

url_for() { echo "postgresql://certdesk@127.0.0.1:$1/certdesk_test"; }

# Already running? Then say where, and stop here.
if [[ -s $STATE_FILE ]]; then
    datadir=$(head -n1 "$STATE_FILE")
    base=$(dirname "$datadir")
    if [[ -d $datadir && -s $base/port ]] && (cd "$base" && as_owner "$bindir/pg_ctl" status -D "$datadir" >/dev/null 2>&1); then
        port=$(cat "$base/port")
        if timeout 5 "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -d certdesk_test -U certdesk; then
            log "already running in $datadir"
            url_for "$port"
            exit 0
        fi
    fi
    log "state file $STATE_FILE names no running cluster: starting a new one"
    if [[ $(basename "$base") == certdesk-pg.* && $(basename "$datadir") == data ]]; then
        (cd / && as_owner "$bindir/pg_ctl" stop -D "$datadir" -m immediate >/dev/null 2>&1) || true
        rm -rf "$base"
    fi
    rm -f "$STATE_FILE"
fi

port_free() {
    # Something answers on the port: taken. (bash's /dev/tcp, bounded by timeout)
    ! timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

base=$(mktemp -d "${TMPDIR:-/tmp}/certdesk-pg.XXXXXXXX")
datadir=$base/data
started=0
cleanup_on_failure() {
    if [[ $started -eq 0 ]]; then
        if [[ -f $base/postgres.log ]]; then tail -n 20 "$base/postgres.log" >&2; fi
        (cd "$base" && as_owner "$bindir/pg_ctl" stop -D "$datadir" -m immediate >/dev/null 2>&1) || true
        rm -rf "$base"
    fi
}
trap cleanup_on_failure EXIT
chmod 0700 "$base"
[[ $(id -u) -eq 0 ]] && chown postgres:postgres "$base"
cd "$base" # the owner must be able to stay in the working directory

as_owner "$bindir/initdb" --pgdata="$datadir" --username=postgres --auth-local=trust --auth-host=trust \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$base/initdb.log" 2>&1 ||
    { cat "$base/initdb.log" >&2; die "initdb failed"; }

port=$FIRST_PORT
for ((try = 0; try < PORT_TRIES; try++, port++)); do
    port_free "$port" || continue
    # Throwaway cluster: durability off for speed. Only 127.0.0.1; the socket stays in our folder.
    if as_owner "$bindir/pg_ctl" start -D "$datadir" -l "$base/postgres.log" -w -t "$WAIT_SECONDS" \
        -o "-p $port -k $base -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        >/dev/null 2>&1; then
        break
    fi
    if grep -qiE "could not bind|address already in use|could not create any TCP/IP sockets" "$base/postgres.log" 2>/dev/null; then
        log "port $port is taken, trying the next one"
        as_owner "$bindir/pg_ctl" stop -D "$datadir" -m immediate >/dev/null 2>&1 || true
        continue
    fi
    die "the server did not start (log: $base/postgres.log)"
done
((try < PORT_TRIES)) || die "no free port from $FIRST_PORT to $((FIRST_PORT + PORT_TRIES - 1))"

ready=0
for ((i = 0; i < WAIT_SECONDS * 2; i++)); do
    if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres; then
        ready=1
        break
    fi
    sleep 0.5
done
((ready)) || die "the server on port $port does not answer after ${WAIT_SECONDS}s"

psql_admin() { timeout 30 "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"; }
if [[ -z $(psql_admin -At -c "SELECT 1 FROM pg_roles WHERE rolname = 'certdesk'") ]]; then
    psql_admin -c "CREATE ROLE certdesk LOGIN CREATEDB"
fi
if [[ -z $(psql_admin -At -c "SELECT 1 FROM pg_database WHERE datname = 'certdesk_test'") ]]; then
    psql_admin -c "CREATE DATABASE certdesk_test OWNER certdesk"
fi

echo "$port" >"$base/port"
echo "$datadir" >"$STATE_FILE"
started=1
log "running in $datadir on 127.0.0.1:$port (stop with .ci/stop-postgres.sh)"
url_for "$port"
