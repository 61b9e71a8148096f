#!/usr/bin/env bash
# Writes the OpenAPI document the server serves into web/openapi.json, the contract the web workspace is typed
# against (its test fails while the two differ). Then `npm run build` in web/ type-checks the pages against it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/services.sh start >/dev/null
ONESTOP_REFRESH_OPENAPI=1 dotnet test tests/OneStop.Web.Tests --nologo -v quiet --filter "FullyQualifiedName~OpenApiDocumentTests"
echo "web/openapi.json refreshed"
