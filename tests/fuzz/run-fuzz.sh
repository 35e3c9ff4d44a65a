#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the discovery reader's libFuzzer harness with clang-14 (ASan + UBSan) in its own build
# directory and fuzzes readCertificates() + summarise() for a bounded time, starting from real
# certificates and containers made with openssl now. Exits non-zero when the fuzzer finds a crash.
# Usage: tests/fuzz/run-fuzz.sh [BUILD_DIR]   (env FUZZ_SECONDS, default 60)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-$here/../../build-fuzz}"
seconds="${FUZZ_SECONDS:-60}"
mkdir -p "$build"
build="$(cd "$build" && pwd)"

command -v clang++-14 >/dev/null || { echo "run-fuzz.sh: clang++-14 is missing (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }

cmake -S "$here/harness" -B "$build/tree" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER=clang++-14 >"$build/configure.log" 2>&1 \
  || { cat "$build/configure.log" >&2; exit 2; }
cmake --build "$build/tree" -j2 >"$build/build.log" 2>&1 || { tail -50 "$build/build.log" >&2; exit 2; }

# Seeds: one file per container format the reader knows, made fresh (no binary fixtures).
seeds="$build/seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SSL_CERT_FILE=/dev/null SSL_CERT_DIR=/nonexistent
ossl() { openssl "$@" >/dev/null 2>&1 || { echo "run-fuzz.sh: openssl $* failed" >&2; exit 2; }; }
ossl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/ec.key" \
     -subj "/C=DE/O=Fuzz, Inc./CN=ec seed" -days 30 -out "$work/ec.pem"
ossl req -x509 -newkey rsa:1024 -nodes -keyout "$work/rsa.key" -subj "/CN=rsa seed/OU=a+OU=b" \
     -days 30 -set_serial -7 -out "$work/rsa.pem"
ossl req -x509 -newkey ed25519 -nodes -keyout "$work/ed.key" -subj "/CN=Jürgen/O=#x " -utf8 \
     -days 20000 -out "$work/ed.pem"
cp "$work/ec.pem" "$seeds/single.pem"
cat "$work/ec.pem" "$work/rsa.pem" "$work/ed.pem" > "$seeds/bundle.pem"
sed 's/$/\r/' "$work/rsa.pem" > "$seeds/crlf.pem"
ossl x509 -in "$work/rsa.pem" -outform DER -out "$seeds/rsa.der"
ossl x509 -in "$work/ed.pem" -outform DER -out "$seeds/ed.der"
ossl x509 -in "$work/ec.pem" -addtrust serverAuth -trustout -out "$seeds/trusted.pem"
ossl crl2pkcs7 -nocrl -certfile "$work/ec.pem" -certfile "$work/rsa.pem" -outform DER -out "$seeds/chain.p7b"
ossl crl2pkcs7 -nocrl -certfile "$work/ed.pem" -outform PEM -out "$seeds/chain-pem.p7b"
echo "content" > "$work/data.txt"
ossl cms -sign -binary -stream -in "$work/data.txt" -signer "$work/ec.pem" -inkey "$work/ec.key" \
     -certfile "$work/rsa.pem" -outform DER -out "$seeds/streamed-ber.p7b"
ossl pkcs12 -export -in "$work/ec.pem" -inkey "$work/ec.key" -passout pass:x -out "$seeds/id.p12"
cat "$work/ec.key" "$work/ec.pem" > "$seeds/key-and-cert.pem"
head -c 300 "$work/rsa.pem" > "$seeds/truncated.pem"

corpus="$build/corpus"
mkdir -p "$corpus"
cd "$build"
echo "fuzzing for ${seconds}s (corpus $corpus)"
"$build/tree/fuzz_certificatereader" -max_total_time="$seconds" -max_len=16384 -timeout=20 -rss_limit_mb=2048 \
    -dict="$here/pem.dict" -print_final_stats=1 "$corpus" "$seeds"
