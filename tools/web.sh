#!/usr/bin/env bash
# Builds the web workspace into web/dist: its npm packages from the lock file (once, or when the lock file
# changed), the client's types from web/openapi.json, the type check, the bundle.
set -euo pipefail
cd "$(dirname "$0")/../web"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent build
