#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# acme_bench.sh [N=50] - ACME issuance (issue 6): `certdeskctl issue --names-file` of N certificates
# against pebble in always-valid mode, in the same run and against the same pebble as the peers of
# ../shared/bench/acme_baseline.sh: its sleep-free python client on certbot's own `acme` library
# (acme_fast.py, extracted from the baseline script at run time) and certbot itself.
# Goals: at least 2x the python client's certificates per second (orders may run concurrently) and
# at least 50x certbot's.
#
# Setup, as the baseline does it: one pebble (Debian's) on 127.0.0.1 with
#   PEBBLE_VA_ALWAYS_VALID=1 PEBBLE_VA_NOSLEEP=1 PEBBLE_WFE_NONCEREJECT=0 PEBBLE_AUTHZREUSE=0
#   pebble -config CONFIG -strict=false -dnsserver 127.0.0.1:DNS_PORT
# and a TLS certificate for its listener made with openssl (Debian's pebble ships none). Ports that
# are not given in the environment are picked free, starting at the baseline's defaults. pebble is
# stopped at exit (only the PID started here).
#
# ROUNDS rounds (default 3). In each, every certdesk run (K in KS order, reversed in even rounds) is
# paired with a python run right before or after it, the order alternating from pair to pair; certbot
# runs at the end of odd rounds and at the start of even ones:
#   certdesk: for each K of KS (default "1 2 4 8"), a fresh SQLite inventory, then, timed on its own,
#             certdeskctl --db INV issuer add acme --name pebble --directory https://127.0.0.1:PORT/dir
#               --ca-bundle TLS-CA --agree-tos --http-port HTTP01_PORT --http-address 127.0.0.1
#             and, timed as a whole process (process start, unsealing, store writes and JSON included),
#             certdeskctl --db INV issue --issuer pebble --names-file NAMES --parallel K --json
#   python:   /usr/bin/python3 acme_fast.py https://127.0.0.1:PORT/dir N PREFIX OUTDIR (its own rate: the
#             issuing loop, without python's start and the account registration, as the baseline
#             reports it; the process's wall time is printed beside it)
#   certbot:  CERTBOT_RUNS times (default 2 per round) certbot certonly --manual --preferred-challenges
#             http --manual-auth-hook /bin/true -d NAME (the account registered once beforehand, untimed)
# Untimed checks after each run (any failure fails the bench): certdesk reported N issued and none
# failed, with N distinct ids; the inventory lists N certificates; every one, exported with
# `certdeskctl inventory export ID --format pem`, names its host and verifies against pebble's root and
# intermediate (management API /roots/0, /intermediates/0) with openssl verify; the python client's
# and certbot's certificates are verified the same way.
# Figures: per run, the rate, client CPU, pebble's CPU per certificate, the orders pebble already held
# and the load average; per K the median rate and the median of its paired ratios to python. The goal
# checks use the K with the best median rate (its paired ratios); every K's figures are printed.
#
# Environment: BUILD_DIR     build tree (default /tmp/build-bench; configured Release when missing)
#              ROUNDS        rounds (default 3)
#              KS            certdeskctl --parallel values (default "1 2 4 8")
#              CERTBOT_RUNS  certbot certificates per round (default 2; 0 = no certbot)
#              CERTBOT_MODE  manual (default) or standalone (--standalone on HTTP01_PORT)
#              ONE_ORDER=1   add --one-new-order-at-a-time to `issuer add acme` (pebble 2.4 deadlock guard)
#              ACME_PORT MGMT_PORT HTTP01_PORT TLSALPN_PORT DNS_PORT  (default: free, from 14000 15000
#                            5002 5001 8053)
#              RESULTS_DIR   also write acme_bench.txt and pebble's command/config there
#              TMO           timeout of each timed command in seconds (default 300)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
SHARED="${SHARED_BENCH_DIR:-$ROOT/../shared/bench}"
BASELINE="$SHARED/acme_baseline.sh"
N="${1:-50}"
ROUNDS="${ROUNDS:-3}"
KS="${KS:-1 2 4 8}"
CERTBOT_RUNS="${CERTBOT_RUNS:-2}"
CERTBOT_MODE="${CERTBOT_MODE:-manual}"
BUILD_DIR="${BUILD_DIR:-/tmp/build-bench}"
TMO="${TMO:-300}"
DEFAULT_K=4 # certdeskctl issue --parallel's default (app/cli/issuancecommands.cpp)
PY=/usr/bin/python3 # Debian's python: python3-acme/josepy live in /usr/lib/python3/dist-packages
[[ "$N" =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive integer" >&2; exit 2; }
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "ROUNDS must be a positive integer" >&2; exit 2; }
[[ "$CERTBOT_RUNS" =~ ^[0-9]+$ ]] || { echo "CERTBOT_RUNS must be an integer" >&2; exit 2; }
for k in $KS; do [[ "$k" =~ ^[1-9][0-9]*$ ]] || { echo "KS must list positive integers" >&2; exit 2; }; done
[[ "$CERTBOT_MODE" == manual || "$CERTBOT_MODE" == standalone ]] || { echo "CERTBOT_MODE: manual or standalone" >&2; exit 2; }
[[ -f "$BASELINE" ]] || { echo "$BASELINE not found (set SHARED_BENCH_DIR)" >&2; exit 1; }

log() { echo "# $*" >&2; }
need_pkgs() { # as ../shared/bench/acme_baseline.sh does
  local p missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    log "installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}
need_pkgs pebble certbot python3-acme openssl curl iproute2 time

if [[ ! -f "$BUILD_DIR/build.ninja" && ! -f "$BUILD_DIR/Makefile" ]]; then
  log "configuring $BUILD_DIR"
  timeout 600 cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCERTDESK_BUILD_BENCH=ON >/dev/null
fi
log "building certdeskctl in $BUILD_DIR"
timeout 3600 cmake --build "$BUILD_DIR" -j2 --target certdeskctl >/dev/null
CTL="$BUILD_DIR/app/cli/certdeskctl"

# ---------------------------------------------------------------- ports
port_busy() { ss -Hltn "sport = :$1" | grep -q . || ss -Hlun "sport = :$1" | grep -q .; }
PICKED=" "
pick_port() { # VAR default: keeps $VAR when set (and fails when it is busy), else the first free port from default
  local var=$1 p
  if [[ -n "${!var:-}" ]]; then
    p=${!var}
    if port_busy "$p" || [[ "$PICKED" == *" $p "* ]]; then echo "$var=$p is already in use" >&2; exit 1; fi
  else
    p=$2
    while port_busy "$p" || [[ "$PICKED" == *" $p "* ]]; do p=$((p + 1)); done
  fi
  PICKED+="$p "
  printf -v "$var" '%s' "$p"
}
pick_port ACME_PORT 14000
pick_port MGMT_PORT 15000
pick_port HTTP01_PORT 5002
pick_port TLSALPN_PORT 5001
pick_port DNS_PORT 8053

WORK="$(mktemp -d /tmp/acme_bench.XXXXXX)"
PEBBLE_PID=""
stop_pebble() {
  local p=$PEBBLE_PID
  [[ -n "$p" ]] || return 0
  if kill -0 "$p" 2>/dev/null; then
    kill "$p" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$p" 2>/dev/null || true
  fi
  wait "$p" 2>/dev/null || true
  PEBBLE_PID=""
}
cleanup() {
  stop_pebble
  rm -rf "$WORK"
}
trap cleanup EXIT

OUT="$WORK/acme_bench.txt"
result() { echo "RESULT $*" | tee -a "$OUT"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.3f", b-a}'; }
median() { sort -g | awk '{v[NR]=$1} END{ if (NR % 2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2 }'; }
div() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN{printf f, a/b}'; }
{
  echo "# date: $(date -u +%FT%TZ)  host: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load average $(load)"
  echo "# $(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt") build in $BUILD_DIR; $(openssl version)"
  echo "# pebble $(dpkg-query -W -f='${Version}' pebble), certbot $(dpkg-query -W -f='${Version}' certbot), python3-acme $(dpkg-query -W -f='${Version}' python3-acme)"
  echo "# N=$N certificates per run, ROUNDS=$ROUNDS, KS='$KS' (certdeskctl default --parallel $DEFAULT_K), CERTBOT_RUNS=$CERTBOT_RUNS per round ($CERTBOT_MODE)"
  echo "# ports: ACME $ACME_PORT, management $MGMT_PORT, http-01 $HTTP01_PORT, tls-alpn-01 $TLSALPN_PORT, dns $DNS_PORT"
} | tee "$OUT"

# ---------------------------------------------------------------- the python client, from the baseline
awk '/^cat >"\$WORK\/acme_fast.py" <<.EOF.$/ {f = 1; next} f && /^EOF$/ {exit} f' "$BASELINE" >"$WORK/acme_fast.py"
if ! grep -q 'def poll' "$WORK/acme_fast.py" || ! grep -q 'certs_per_s=' "$WORK/acme_fast.py"; then
  echo "$BASELINE changed: could not extract acme_fast.py from its heredoc" >&2; exit 1
fi
log "acme_fast.py: $(wc -l <"$WORK/acme_fast.py") lines from $BASELINE (sha256 $(sha256sum "$WORK/acme_fast.py" | cut -c1-16))"

# ---------------------------------------------------------------- pebble, as the baseline starts it
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=Pebble Bench TLS CA" -days 30 \
  -keyout "$WORK/tls-ca.key" -out "$WORK/tls-ca.crt" 2>/dev/null
cat >"$WORK/leaf.cnf" <<'EOF'
[req]
distinguished_name = dn
x509_extensions = v3_leaf
prompt = no
[dn]
CN = localhost
[v3_leaf]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost,IP:127.0.0.1
EOF
openssl req -x509 -config "$WORK/leaf.cnf" -CA "$WORK/tls-ca.crt" -CAkey "$WORK/tls-ca.key" -newkey ec \
  -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=localhost -days 30 \
  -keyout "$WORK/pebble-tls.key" -out "$WORK/pebble-tls.crt" 2>/dev/null
export REQUESTS_CA_BUNDLE="$WORK/tls-ca.crt" # certbot / python-requests trust pebble's listener through this
cat >"$WORK/pebble-config.json" <<EOF
{
  "pebble": {
    "listenAddress": "127.0.0.1:$ACME_PORT",
    "managementListenAddress": "127.0.0.1:$MGMT_PORT",
    "certificate": "$WORK/pebble-tls.crt",
    "privateKey": "$WORK/pebble-tls.key",
    "httpPort": $HTTP01_PORT,
    "tlsPort": $TLSALPN_PORT,
    "ocspResponderURL": "",
    "externalAccountBindingRequired": false
  }
}
EOF
DIR_URL="https://127.0.0.1:$ACME_PORT/dir"
env PEBBLE_VA_ALWAYS_VALID=1 PEBBLE_VA_NOSLEEP=1 PEBBLE_WFE_NONCEREJECT=0 PEBBLE_AUTHZREUSE=0 \
  pebble -config "$WORK/pebble-config.json" -strict=false -dnsserver "127.0.0.1:$DNS_PORT" \
  >"$WORK/pebble.log" 2>&1 &
PEBBLE_PID=$!
t0=$EPOCHREALTIME
for _ in $(seq 100); do
  curl -sf --cacert "$WORK/tls-ca.crt" "$DIR_URL" >/dev/null 2>&1 && break
  kill -0 "$PEBBLE_PID" 2>/dev/null || { cat "$WORK/pebble.log" >&2; exit 1; }
  sleep 0.1
done
curl -sf --cacert "$WORK/tls-ca.crt" "$DIR_URL" >/dev/null
curl -sf --cacert "$WORK/tls-ca.crt" "https://127.0.0.1:$MGMT_PORT/roots/0" >"$WORK/pebble-root.pem"
curl -sf --cacert "$WORK/tls-ca.crt" "https://127.0.0.1:$MGMT_PORT/intermediates/0" >"$WORK/pebble-int.pem"
log "pebble pid $PEBBLE_PID ready after $(elapsed "$t0" "$EPOCHREALTIME") s on $DIR_URL"
TCK=$(getconf CLK_TCK)
pebble_cpu_ms() { awk -v t="$TCK" '{printf "%d", ($14 + $15) * 1000 / t}' "/proc/$PEBBLE_PID/stat"; }
pebble_orders() { { grep -o 'There are now [0-9]* orders' "$WORK/pebble.log" || true; } | tail -1 | awk '{print $4}'; }

printf 'bench passphrase\n' >"$WORK/master.pass"
export CERTDESK_MASTER_KEY_FILE="$WORK/master.pass"

# Runs a command under /usr/bin/time with its stdout in $1; sets W (wall s), U (user s), S (sys s),
# P (pebble CPU ms during the command) and O (orders in pebble's store before it).
timed() {
  local out=$1 t0 t1 p0
  shift
  O=$(pebble_orders)
  p0=$(pebble_cpu_ms)
  t0=$EPOCHREALTIME
  /usr/bin/time -f '%U %S' -o "$WORK/time.txt" "$@" >"$out"
  t1=$EPOCHREALTIME
  W=$(elapsed "$t0" "$t1")
  P=$(($(pebble_cpu_ms) - p0))
  read -r U S < <(tail -1 "$WORK/time.txt")
}

# Fails the bench unless every file given verifies against pebble's root + intermediate.
verify_chain() { # what files...
  local what=$1 f bad=0
  shift
  for f in "$@"; do
    openssl verify -CAfile "$WORK/pebble-root.pem" -untrusted "$WORK/pebble-int.pem" "$f" >/dev/null 2>&1 || bad=$((bad + 1))
  done
  if ((bad)); then echo "CHAIN CHECK FAILED: $what: $bad of $# certificates do not verify against pebble's root" | tee -a "$OUT"; exit 1; fi
}

# ---------------------------------------------------------------- certdesk
declare -A CD_RATES # K -> "rate rate ..." (one per round)
declare -A CD_RATE  # "R K" -> rate
ADD_S=()
ONE_ORDER_ARG=()
[[ "${ONE_ORDER:-0}" == 1 ]] && ONE_ORDER_ARG=(--one-new-order-at-a-time)
run_certdesk() { # round K
  local r=$1 k=$2 d="$WORK/cd-r$1-k$2" i
  mkdir -p "$d"
  for ((i = 1; i <= N; i++)); do echo "cd-r$r-k$k-$i.example.test"; done >"$d/names.txt"
  timed "$d/add.json" timeout "$TMO" "$CTL" --db "$d/inv.sqlite" issuer add acme --name pebble \
    --directory "$DIR_URL" --ca-bundle "$WORK/tls-ca.crt" --agree-tos --http-port "$HTTP01_PORT" \
    --http-address 127.0.0.1 "${ONE_ORDER_ARG[@]}" --json
  ADD_S+=("$W")
  local before rc=0
  before=$(load)
  timed "$d/issue.json" timeout "$TMO" "$CTL" --db "$d/inv.sqlite" issue --issuer pebble \
    --names-file "$d/names.txt" --parallel "$k" --json || rc=$?
  if ((rc)); then
    echo "certdeskctl issue --parallel $k failed in round $r (exit $rc; 124 = timeout: pebble 2.4 may have deadlocked, see ONE_ORDER=1)" | tee -a "$OUT"
    head -c 2000 "$d/issue.json" >&2
    exit 1
  fi
  local rate
  rate=$(div "$N" "$W" %.1f)
  CD_RATES[$k]+="$rate "
  CD_RATE["$r $k"]=$rate
  result "round${r}_certdesk_k${k}_certs_per_s" "$rate" "certs/s ($N in ${W}s whole process; client CPU user ${U}s sys ${S}s; pebble CPU $(div "$P" "$N" %.1f) ms/cert; pebble held ${O:-0} orders before; load before $before)"
  # not timed: what was issued and stored
  "$PY" - "$d/issue.json" "$d/names.txt" "$N" >"$d/ids.txt" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
names = [l.strip() for l in open(sys.argv[2]) if l.strip()]
issued, failed, n = doc["issued"], doc["failed"], int(sys.argv[3])
ids = [e["id"] for e in issued]
if failed or len(issued) != n or len(set(ids)) != n or sorted(e["name"] for e in issued) != sorted(names):
    sys.exit("issued %d of %d (distinct ids %d), failed %d: %r" % (len(issued), n, len(set(ids)), len(failed), failed[:3]))
for e in issued:
    print(e["id"], e["name"])
PY
  local listed
  listed=$("$CTL" --db "$d/inv.sqlite" inventory list --json | "$PY" -c 'import json,sys; print(len(json.load(sys.stdin)["certificates"]))')
  [[ "$listed" == "$N" ]] || { echo "STORE CHECK FAILED: round $r K=$k: the inventory lists $listed certificates, expected $N" | tee -a "$OUT"; exit 1; }
  local id name files=()
  while read -r id name; do
    "$CTL" --db "$d/inv.sqlite" inventory export "$id" --format pem --out "$d/$id.pem" </dev/null >/dev/null
    openssl x509 -in "$d/$id.pem" -noout -ext subjectAltName 2>/dev/null | tr ',' '\n' | sed 's/^ *//' |
      grep -qxF "DNS:$name" ||
      { echo "CERTIFICATE CHECK FAILED: round $r K=$k: certificate $id does not name $name" | tee -a "$OUT"; exit 1; }
    files+=("$d/$id.pem")
  done <"$d/ids.txt"
  verify_chain "certdesk round $r K=$k" "${files[@]}"
  rm -f "$d"/*.pem
}

# ---------------------------------------------------------------- python client
PY_RATES=() PY_WALL_RATES=()
declare -A PY_RATE
run_python() { # round K (the certdesk run it is paired with)
  local r=$1 k=$2 d="$WORK/py-r$1-k$2" line rate before
  mkdir -p "$d"
  before=$(load)
  timed "$d/out.txt" timeout "$TMO" "$PY" "$WORK/acme_fast.py" "$DIR_URL" "$N" "py-r$r-k$k" "$d"
  line=$(tail -1 "$d/out.txt")
  rate=$(sed -n 's/.*certs_per_s=\([0-9.]*\).*/\1/p' <<<"$line")
  [[ -n "$rate" ]] || { echo "acme_fast.py printed no rate: $line" | tee -a "$OUT"; exit 1; }
  PY_RATES+=("$rate")
  PY_WALL_RATES+=("$(div "$N" "$W" %.1f)")
  PY_RATE["$r $k"]=$rate
  result "round${r}_python_for_k${k}_certs_per_s" "$rate" "certs/s (its issuing loop; whole process ${W}s = $(div "$N" "$W" %.1f) certs/s; client CPU user ${U}s sys ${S}s; pebble CPU $(div "$P" "$N" %.1f) ms/cert; pebble held ${O:-0} orders before; load before $before; $line)"
  local files=("$d"/*.pem)
  [[ ${#files[@]} == "$N" ]] || { echo "python client wrote ${#files[@]} certificates, expected $N" | tee -a "$OUT"; exit 1; }
  verify_chain "python round $r (K=$k pair)" "${files[@]}"
}

# ---------------------------------------------------------------- certbot
CB_DIR="$WORK/certbot"
CB_COMMON=(--non-interactive --agree-tos --register-unsafely-without-email --server "$DIR_URL"
  --config-dir "$CB_DIR/config" --work-dir "$CB_DIR/work" --logs-dir "$CB_DIR/logs")
CB_MODE_ARGS=(--manual --preferred-challenges http --manual-auth-hook /bin/true)
[[ "$CERTBOT_MODE" == standalone ]] && CB_MODE_ARGS=(--standalone --http-01-port "$HTTP01_PORT" --http-01-address 127.0.0.1)
CB_S=()
if ((CERTBOT_RUNS > 0)); then
  log "registering certbot's account (not timed)"
  timeout "$TMO" certbot register "${CB_COMMON[@]}" -q
fi
run_certbot() { # round
  local r=$1 i name before
  for ((i = 1; i <= CERTBOT_RUNS; i++)); do
    name="cb-r$r-$i.example.test"
    before=$(load)
    timed /dev/null timeout "$TMO" certbot certonly "${CB_COMMON[@]}" "${CB_MODE_ARGS[@]}" -d "$name" -q
    CB_S+=("$W")
    result "round${r}_certbot_${i}_seconds_per_cert" "$W" "s (client CPU user ${U}s sys ${S}s; pebble CPU ${P} ms; load before $before)"
    verify_chain "certbot $name" "$CB_DIR/config/live/$name/cert.pem"
  done
}

# ---------------------------------------------------------------- rounds
# Each certdesk run is paired with a python run right before or after it (the order alternating),
# so that both rates of a pair see the same moment of a noisy machine.
KS_REV=$(tr ' ' '\n' <<<"$KS" | grep . | tac | tr '\n' ' ')
for r in $(seq 1 "$ROUNDS"); do
  log "round $r of $ROUNDS, load average $(load)"
  ks=$KS
  ((r % 2)) || ks=$KS_REV
  if ((r % 2 == 0 && CERTBOT_RUNS > 0)); then run_certbot "$r"; fi
  i=0
  for k in $ks; do
    if (((r + i) % 2)); then
      run_python "$r" "$k"
      run_certdesk "$r" "$k"
    else
      run_certdesk "$r" "$k"
      run_python "$r" "$k"
    fi
    i=$((i + 1))
  done
  if ((r % 2 == 1 && CERTBOT_RUNS > 0)); then run_certbot "$r"; fi
done

# ---------------------------------------------------------------- figures
py_med=$(printf '%s\n' "${PY_RATES[@]}" | median)
result python_median_certs_per_s "$py_med" "certs/s (all runs: ${PY_RATES[*]}; whole process: ${PY_WALL_RATES[*]})"
result certdesk_issuer_add_median_s "$(printf '%s\n' "${ADD_S[@]}" | median)" "s (not in the rates: new inventory, KDF, directory, account registration)"
cb_med=""
if ((${#CB_S[@]})); then
  cb_med=$(printf '%s\n' "${CB_S[@]}" | median)
  result certbot_median_seconds_per_cert "$cb_med" "s (${CB_S[*]}) = $(div 1 "$cb_med" %.3f) certs/s"
fi
best_k="" best_med=0
for k in $KS; do
  med=$(tr ' ' '\n' <<<"${CD_RATES[$k]}" | grep . | median)
  pairs=()
  for r in $(seq 1 "$ROUNDS"); do pairs+=("$(div "${CD_RATE["$r $k"]}" "${PY_RATE["$r $k"]}")"); done
  pair_med=$(printf '%s\n' "${pairs[@]}" | median)
  extra=""
  [[ -n "$cb_med" ]] && extra="; x certbot: $(awk -v a="$med" -v b="$cb_med" 'BEGIN{printf "%.1f", a*b}')"
  result "certdesk_k${k}_median_certs_per_s" "$med" "certs/s (rounds: ${CD_RATES[$k]% }; x python: pairs ${pairs[*]}, median of pairs $pair_med, ratio of medians $(div "$med" "$py_med")$extra)"
  declare "PAIR_MED_$k=$pair_med"
  if awk -v a="$med" -v b="$best_med" 'BEGIN{exit !(a>b)}'; then best_k=$k best_med=$med; fi
done
pm_var="PAIR_MED_$best_k"
py_ratio=${!pm_var}
result best_k "$best_k" "(the --parallel with the best median; the product's default is $DEFAULT_K)"
result ratio_certdesk_over_python "$py_ratio" "x (K=$best_k, median of the paired rounds)"
[[ -n "$cb_med" ]] && result ratio_certdesk_over_certbot "$(awk -v a="$best_med" -v b="$cb_med" 'BEGIN{printf "%.1f", a*b}')" "x (K=$best_k median rate x certbot median seconds per cert)"
result load_average_end "$(load)" ""
if awk -v r="$py_ratio" 'BEGIN{exit !(r>=2)}'; then
  echo "GOAL ACME issuance >= 2x the python acme client (K=$best_k, median of paired rounds): met ($py_ratio x)" | tee -a "$OUT"
else
  echo "GOAL ACME issuance >= 2x the python acme client (K=$best_k, median of paired rounds): MISSED ($py_ratio x)" | tee -a "$OUT"
fi
if [[ -n "$cb_med" ]]; then
  cb_ratio=$(awk -v a="$best_med" -v b="$cb_med" 'BEGIN{printf "%.1f", a*b}')
  if awk -v r="$cb_ratio" 'BEGIN{exit !(r>=50)}'; then
    echo "GOAL ACME issuance >= 50x certbot (K=$best_k): met ($cb_ratio x)" | tee -a "$OUT"
  else
    echo "GOAL ACME issuance >= 50x certbot (K=$best_k): MISSED ($cb_ratio x)" | tee -a "$OUT"
  fi
fi
{
  echo "# pebble config (\$WORK = $WORK):"
  sed "s#$WORK#\$WORK#g" "$WORK/pebble-config.json" | sed 's/^/#   /'
  echo "# pebble command: env PEBBLE_VA_ALWAYS_VALID=1 PEBBLE_VA_NOSLEEP=1 PEBBLE_WFE_NONCEREJECT=0 PEBBLE_AUTHZREUSE=0 pebble -config \$WORK/pebble-config.json -strict=false -dnsserver 127.0.0.1:$DNS_PORT"
  echo "# pebble held $(pebble_orders) orders at the end"
} >>"$OUT"
if [[ -n "${RESULTS_DIR:-}" ]]; then
  mkdir -p "$RESULTS_DIR"
  cp "$OUT" "$RESULTS_DIR/acme_bench.txt"
fi
