#!/usr/bin/env bash
# The full crash suite: 300 dossiers (or ONESTOP_CRASH_DOSSIERS) through their lives while the server is killed
# with SIGKILL and restarted every 0.3-1.5 s. The test command runs a 40-dossier version of the same test.
set -euo pipefail
cd "$(dirname "$0")/.."
export ONESTOP_CRASH_DOSSIERS="${ONESTOP_CRASH_DOSSIERS:-300}"
dotnet build OneStop.Local.slnf --nologo -v quiet
started_here=0
if ! bash tools/services.sh status | grep -q running; then started_here=1; fi
bash tools/services.sh start
trap '[ "$started_here" = 1 ] && bash tools/services.sh stop >/dev/null' EXIT
dotnet test tests/OneStop.Server.Tests --no-build --nologo --filter "FullyQualifiedName~CrashTests" --logger "console;verbosity=detailed"
