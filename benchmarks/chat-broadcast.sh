#!/usr/bin/env bash
# Chat through samples/Chat's local cloud (embedded tables): sendMessage throughput, then a broadcast to 10,000
# clients by the function against one-by-one posting to the same @connections endpoint.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benchmarks/packages.sh"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
dotnet build "$root/samples/Chat/src/Arena.Local" -c Release -v q >/dev/null
dotnet build "$root/benchmarks/ChatBroadcast" -c Release -v q >/dev/null
# 10,000 WebSocket connections need as many file descriptors in each process.
ulimit -n "$(ulimit -Hn)"
dotnet "$root/samples/Chat/src/Arena.Local/bin/Release/net10.0/Arena.Local.dll" --urls "http://127.0.0.1:$port" --data "$(mktemp -d)" >/tmp/livescore-bench-chat.log 2>&1 &
local_pid=$!
trap 'kill "$local_pid" 2>/dev/null || true; packages_clean' EXIT
until curl -sf "http://127.0.0.1:$port/_local/health" | grep -q '"status":"ok"'; do sleep 0.05; done
dotnet "$root/benchmarks/ChatBroadcast/bin/Release/net10.0/ChatBroadcast.dll" "http://127.0.0.1:$port" "$@"
