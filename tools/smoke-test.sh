#!/usr/bin/env bash
# After a deployment: the API answers, serves the catalog, refuses a protected route without a token with a
# problem detail, and answers an unknown dossier lookup with one too. Usage: tools/smoke-test.sh https://<app>
set -euo pipefail
base="${1:?usage: smoke-test.sh <api base url>}"
attempts="${SMOKE_ATTEMPTS:-6}" # a fresh Flex Consumption app may take a minute to start
body="$(mktemp)"
trap 'rm -f "$body"' EXIT

expect() { # expect <status> <method> <path> [content-type]
  local want="$1" method="$2" path="$3" type="${4:-}"
  local got attempt
  for ((attempt = 1; attempt <= attempts; attempt++)); do
    got=$(curl -s -o "$body" -w '%{http_code}|%{content_type}' -X "$method" "$base$path" || true)
    [ "${got%%|*}" = "$want" ] && break
    [ "$attempt" -lt "$attempts" ] && sleep 10
  done
  if [ "${got%%|*}" != "$want" ] || { [ -n "$type" ] && [[ "${got#*|}" != "$type"* ]]; }; then
    echo "smoke test failed: $method $path answered ${got%%|*} (${got#*|}), expected $want ${type}" >&2
    head -c 500 "$body" >&2 || true
    exit 1
  fi
  echo "ok: $method $path -> $want"
}

expect 200 GET /api/procedures application/json
expect 401 GET /api/center/deadlines application/problem+json
expect 404 GET "/api/status/000.00.00.H00-000101-0001?secret=NONE" application/problem+json
