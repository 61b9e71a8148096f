#!/usr/bin/env bash
# Local Azure services on 127.0.0.1 for the run and test commands: Azurite (Blob 10000, Queue 10001,
# Table 10002) and the project's Cosmos DB stand-in (8081). Installs them from the npm registry (versions
# pinned in tools/local-services/package-lock.json) when needed.
#
#   tools/services.sh start [--persist DIR]   start what is not running yet; in memory unless --persist, which keeps
#                                            Azurite's files and the Cosmos DB stand-in's journal of writes in DIR
#   tools/services.sh stop                    stop what this script started
#   tools/services.sh status                  say what runs
#
# Logs and pids go to $ONESTOP_SERVICES_DIR (default .local/services). Prints the settings to use.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
packages="$root/tools/local-services"
state="${ONESTOP_SERVICES_DIR:-$root/.local/services}"
blob_port=10000
queue_port=10001
table_port=10002
cosmos_port=8081

install() {
  if [ ! -f "$packages/node_modules/.package-lock.json" ] || [ "$packages/package-lock.json" -nt "$packages/node_modules/.package-lock.json" ]; then
    echo "installing local services (npm ci)..."
    (cd "$packages" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Alive and not a zombie: a killed service whose parent is gone stays a zombie until PID 1 reaps it, which in
# containers can take seconds; it holds no port and will never answer.
alive() { kill -0 "$1" 2>/dev/null && [ "$(ps -o stat= -p "$1" 2>/dev/null | cut -c1)" != "Z" ]; }

running() { [ -f "$state/$1.pid" ] && alive "$(cat "$state/$1.pid")"; }

start_one() {
  local name=$1; shift
  local ports=$1; shift
  if running "$name"; then
    echo "$name: already running (pid $(cat "$state/$name.pid"))"
    return
  fi
  nohup "$@" >"$state/$name.log" 2>&1 &
  echo $! >"$state/$name.pid"
  for _ in $(seq 1 150); do
    local ready=1
    for port in $ports; do listening "$port" || ready=0; done
    if [ "$ready" = 1 ]; then
      echo "$name: ready on $ports (log $state/$name.log)"
      return
    fi
    if ! running "$name"; then break; fi
    sleep 0.2
  done
  echo "error: $name did not start; the end of its log ($state/$name.log):" >&2
  tail -n 20 "$state/$name.log" >&2
  stop_one "$name"
  exit 1
}

# Before anything starts: every port a service not yet running needs must be free.
check_ports() {
  local name=$1 ports=$2
  running "$name" && return
  for port in $ports; do
    if listening "$port"; then
      echo "error: port $port, needed by $name, is already in use by another process. Stop that process (or the services of another checkout) and try again." >&2
      exit 1
    fi
  done
}

# Waits up to five seconds for a process to exit.
wait_gone() {
  for _ in $(seq 1 50); do alive "$1" || return 0; sleep 0.1; done
}

stop_one() {
  local name=$1
  if running "$name"; then
    local pid
    pid=$(cat "$state/$name.pid")
    kill "$pid" 2>/dev/null || true
    wait_gone "$pid"
    kill -9 "$pid" 2>/dev/null || true
    # Gone, not only signalled: a start right after must find the ports free.
    wait_gone "$pid"
    echo "$name: stopped"
  fi
  rm -f "$state/$name.pid"
}

start() {
  local persist=""
  if [ "${1:-}" = "--persist" ]; then
    persist="${2:?--persist needs a folder}"
  fi
  mkdir -p "$state"
  check_ports azurite "$blob_port $queue_port $table_port"
  check_ports cosmos "$cosmos_port"
  install
  local storage=(--inMemoryPersistence)
  local journal=""
  if [ -n "$persist" ]; then
    mkdir -p "$persist/azurite" "$persist/cosmos"
    storage=(--location "$persist/azurite")
    journal="$persist/cosmos/journal.ndjson"
  fi
  start_one azurite "$blob_port $queue_port $table_port" \
    node "$packages/azurite-launcher.js" --silent --disableTelemetry --skipApiVersionCheck --loose \
    --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
    --tableHost 127.0.0.1 --tablePort "$table_port" "${storage[@]}"
  COSMOS_HOST=127.0.0.1 COSMOS_PORT=$cosmos_port COSMOS_JOURNAL=$journal start_one cosmos "$cosmos_port" node "$packages/cosmos-standin.js"
  echo "Storage: UseDevelopmentStorage=true"
  echo "Cosmos DB: http://127.0.0.1:$cosmos_port/ (any key; Gateway mode)"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop_one cosmos; stop_one azurite ;;
  status)
    for name in azurite cosmos; do
      if running "$name"; then echo "$name: running (pid $(cat "$state/$name.pid"))"; else echo "$name: stopped"; fi
    done ;;
  *) echo "usage: $0 start [--persist DIR] | stop | status" >&2; exit 2 ;;
esac
