#!/usr/bin/env bash
# Live update latency of samples/Score's local cloud (embedded tables): 50 subscribers, 100 updates/s for 10 s.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benchmarks/packages.sh"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
dotnet build "$root/samples/Score/src/Arena.Local" -c Release -v q >/dev/null
dotnet build "$root/benchmarks/LiveUpdate" -c Release -v q >/dev/null
started=$(date +%s.%N)
dotnet "$root/samples/Score/src/Arena.Local/bin/Release/net10.0/Arena.Local.dll" --urls "http://127.0.0.1:$port" >/tmp/livescore-bench-local.log 2>&1 &
local_pid=$!
trap 'kill "$local_pid" 2>/dev/null || true; packages_clean' EXIT
# Ready: every function's process has asked for its first event.
until curl -sf "http://127.0.0.1:$port/_local/health" | grep -q '"status":"ok"'; do sleep 0.05; done
echo "local cloud ready (process start → every function ready): $(echo "$(date +%s.%N) - $started" | bc) s"
dotnet "$root/benchmarks/LiveUpdate/bin/Release/net10.0/LiveUpdate.dll" "http://127.0.0.1:$port" "$@"
