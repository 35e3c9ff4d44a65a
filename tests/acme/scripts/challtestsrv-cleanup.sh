#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# DNS cleanup script for the ACME tests: removes the TXT records of CERTDESK_DNS_FQDN from
# pebble-challtestsrv through its management API (POST /clear-txt). The management URL comes from
# CERTDESK_TEST_CHALLTESTSRV, inherited from the test.
set -eu
: "${CERTDESK_TEST_CHALLTESTSRV:?CERTDESK_TEST_CHALLTESTSRV must be the management URL of pebble-challtestsrv}"
: "${CERTDESK_DNS_FQDN:?CERTDESK_DNS_FQDN is not set}"

json_escape() {
  printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'
}

body=$(printf '{"host":"%s."}' "$(json_escape "$CERTDESK_DNS_FQDN")")
exec curl --silent --show-error --fail --noproxy '*' --max-time 10 \
  -H 'Content-Type: application/json' --data-binary "$body" \
  "$CERTDESK_TEST_CHALLTESTSRV/clear-txt"
