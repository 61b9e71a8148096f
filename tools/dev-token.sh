#!/usr/bin/env bash
# Prints a development token for the local server, signed with the key tools/run.sh made (.local/jwt-signing-key).
#   bash tools/dev-token.sh --role ReceptionOfficer|Applicant|DepartmentOfficer|Leader|Administrator --sub ID [--name NAME] [--department CODE] [--intake-point CODE]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
key_file="${ONESTOP_JWT_KEY_FILE:-$root/.local/jwt-signing-key}"
[ -s "$key_file" ] || { echo "no signing key at $key_file: start the server once with tools/run.sh" >&2; exit 1; }
export OneStop__Jwt__SigningKey="$(cat "$key_file")"
cd "$root/src/OneStop.Server"
dotnet build --nologo -v quiet >/dev/null
exec dotnet run --no-build --no-launch-profile -- token "$@"
