#!/usr/bin/env bash
# Chat through samples/Chat's local cloud (embedded tables): sendMessage throughput, then a broadcast to 10,000
# clients by the function against one-by-one posting to the same @connections endpoint.
# LATENCY_MS (default 0) is added to every @connections call, to model API Gateway's round trip from a function in AWS.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benchmarks/packages.sh"
source "$root/benchmarks/local-cloud.sh"
trap 'local_cloud_stop; packages_clean' EXIT
dotnet build "$root/benchmarks/ChatBroadcast" -c Release -v q >/dev/null
# 10,000 WebSocket connections need as many file descriptors in each process.
ulimit -n "$(ulimit -Hn)"
local_cloud_start Chat --connections-latency "${LATENCY_MS:-0}"
dotnet "$root/benchmarks/ChatBroadcast/bin/Release/net10.0/ChatBroadcast.dll" "$local_cloud_url" "$@"
