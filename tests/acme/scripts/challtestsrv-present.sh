#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# DNS present script for the ACME tests: adds the TXT record CertDesk asks for to pebble-challtestsrv
# through its management API (POST /set-txt). CertDesk runs it without a shell and passes the record
# in CERTDESK_DNS_FQDN and CERTDESK_DNS_VALUE; the management URL (e.g. http://127.0.0.1:8055) comes
# from CERTDESK_TEST_CHALLTESTSRV, inherited from the test.
set -eu
: "${CERTDESK_TEST_CHALLTESTSRV:?CERTDESK_TEST_CHALLTESTSRV must be the management URL of pebble-challtestsrv}"
: "${CERTDESK_DNS_FQDN:?CERTDESK_DNS_FQDN is not set}"
: "${CERTDESK_DNS_VALUE:?CERTDESK_DNS_VALUE is not set}"

# JSON string contents: backslashes and double quotes escaped (the values never hold control characters).
json_escape() {
  printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'
}

body=$(printf '{"host":"%s.","value":"%s"}' "$(json_escape "$CERTDESK_DNS_FQDN")" "$(json_escape "$CERTDESK_DNS_VALUE")")
exec curl --silent --show-error --fail --noproxy '*' --max-time 10 \
  -H 'Content-Type: application/json' --data-binary "$body" \
  "$CERTDESK_TEST_CHALLTESTSRV/set-txt"
