#!/usr/bin/env bash
# The run command: starts the local services (Azurite and the Cosmos DB stand-in), the national portal's simulator on
# http://127.0.0.1:5090, and the OneStop server on http://127.0.0.1:5080 with the sample catalog, connected to the
# simulator. A local token-signing key and the simulated portal account are made once in .local/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
port="${ONESTOP_PORT:-5080}"
portal_port="${ONESTOP_PORTAL_PORT:-5090}"

started_here=0
if ! bash tools/services.sh status | grep -q running; then started_here=1; fi
bash tools/services.sh start --persist "$root/.local/data"
trap 'if [ "$started_here" = 1 ]; then bash "$root/tools/services.sh" stop >/dev/null; fi' EXIT

mkdir -p .local
if [ ! -s .local/jwt-signing-key ]; then
  head -c 48 /dev/urandom | base64 -w0 > .local/jwt-signing-key
fi
export OneStop__Jwt__SigningKey="$(cat .local/jwt-signing-key)"
# The simulated portal account and the key it pushes dossiers with: made here, kept out of the repository, given to
# both sides through the environment (in Azure they are app settings that are Key Vault references).
for secret in portal-password portal-push-key; do
  if [ ! -s ".local/$secret" ]; then head -c 24 /dev/urandom | base64 -w0 > ".local/$secret"; fi
done
export Simulator__Username=onestop-demo Simulator__Password="$(cat .local/portal-password)"
export Simulator__PushUrl="http://127.0.0.1:$port/api/portal/dossiers" Simulator__PushKey="$(cat .local/portal-push-key)"
export Simulator__StateFile="$root/.local/data/portal-simulator.json"
export OneStop__Portal__Enabled=true OneStop__Portal__AdapterUrl="http://127.0.0.1:$portal_port"
export OneStop__Portal__Username=onestop-demo OneStop__Portal__Password="$(cat .local/portal-password)"
export OneStop__Portal__UnitCode=000.00.12.H56 OneStop__Portal__Inbound=Push OneStop__Portal__InboundKey="$(cat .local/portal-push-key)"
export OneStop__Portal__IntakePointCode=TTPVHCC
export OneStop__CatalogFile="$root/samples/catalog.sample.json"
export ASPNETCORE_ENVIRONMENT=Development
export ASPNETCORE_URLS="http://127.0.0.1:$port"

dotnet build src/OneStop.Server --nologo -v quiet >/dev/null
dotnet build src/OneStop.PortalSimulator --nologo -v quiet >/dev/null
bash tools/web.sh
cat <<INFO

OneStop (sample catalog: samples/catalog.sample.json)
  API:      http://127.0.0.1:$port/api/procedures
  OpenAPI:  http://127.0.0.1:$port/openapi/v1.json
  Health:   http://127.0.0.1:$port/health/ready
  Workspace: http://127.0.0.1:$port/  (sign in at /dang-nhap with a sample account of any role)
  Lookup:   http://127.0.0.1:$port/tra-cuu  (the public lookup page the QR code on Mẫu 01 opens)
  Portal:   http://127.0.0.1:$portal_port/  (the national portal's simulator: file a dossier there as a citizen, see what it was told)
  A development token for the API, in another shell:
    bash tools/dev-token.sh --role ReceptionOfficer --sub officer-1 --name "Nguyễn Thị Lan"
Stop with Ctrl+C.

INFO
cd src/OneStop.Server
# The server runs as this shell's child, not through `dotnet run`, so that Ctrl+C, or SIGTERM to this shell or to
# its process group (as a service manager sends it), reaches it as SIGTERM: it stops gracefully, then the shell
# stops the services it started (the EXIT trap above).
ASPNETCORE_URLS="http://127.0.0.1:$portal_port" ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$root/src/OneStop.PortalSimulator/bin/Debug/net10.0/OneStop.PortalSimulator.dll" --Logging:LogLevel:Default=Warning &
simulator=$!
dotnet bin/Debug/net10.0/OneStop.Server.dll --webroot "$root/web/dist" &
server=$!
trap 'kill -TERM "$server" "$simulator" 2>/dev/null || true' INT TERM HUP
# wait returns early when a trapped signal arrives; wait again until the server is gone.
while kill -0 "$server" 2>/dev/null; do wait "$server" || true; done
kill -TERM "$simulator" 2>/dev/null || true
wait "$simulator" 2>/dev/null || true
