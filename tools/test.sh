#!/usr/bin/env bash
# The test command: formatting checks, the web workspace's build (npm, type check against the OpenAPI document),
# Debian's Chromium for the browser tests, the .NET build, local services (Azurite, the Cosmos DB stand-in), every
# test project of OneStop.Local.slnf. Test results (.trx) and the browser tests' screenshots are kept in TestResults/.
# Ends with one line "tests: N passed, N failed"; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="$PWD/TestResults"
rm -rf "$results"
mkdir -p "$results"
export ONESTOP_SCREENSHOTS="$results/screenshots"
services_started_here=0
cleanup() {
  if [ "$services_started_here" = 1 ]; then bash tools/services.sh stop >/dev/null; fi
}
trap cleanup EXIT

# A check that fails before the tests run still ends with the closing line CI reads.
fail_before_tests() {
  echo "$1 failed: no test ran" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
}

echo "== format"
dotnet format OneStop.Local.slnf --verify-no-changes || fail_before_tests "the formatting check"

echo "== web workspace"
bash tools/web.sh || fail_before_tests "building the web workspace"
(cd web && npx prettier --check . >/dev/null) || fail_before_tests "the web workspace's formatting check (cd web && npm run format)"

echo "== chromium"
# The browser tests drive Debian's Chromium; Playwright cannot download its own browsers here.
if [ ! -x "${ONESTOP_CHROMIUM:-/usr/bin/chromium}" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || fail_before_tests "installing chromium"
fi

echo "== build"
dotnet build OneStop.Local.slnf --nologo -v quiet || fail_before_tests "the build"

echo "== local services"
# Services already running (the run command's) are reused: every test uses names of its own.
if ! bash tools/services.sh status | grep -q running; then services_started_here=1; fi
bash tools/services.sh start || fail_before_tests "starting the local services"

echo "== test"
set +e
dotnet test OneStop.Local.slnf --no-build --nologo --logger trx --results-directory "$results"
status=$?
set -e

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
  failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
done
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test ran" >&2
  status=1
fi
echo "test results and the pages' screenshots: $results"
echo "tests: $passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
