#!/usr/bin/env bash
# Live update latency of samples/Score's local cloud (embedded tables): 50 subscribers, 100 updates/s for 10 s.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benchmarks/packages.sh"
source "$root/benchmarks/local-cloud.sh"
trap 'local_cloud_stop; packages_clean' EXIT
dotnet build "$root/benchmarks/LiveUpdate" -c Release -v q >/dev/null
local_cloud_start Score
echo "local cloud ready (process start → every function ready): $local_cloud_ready_seconds s"
dotnet "$root/benchmarks/LiveUpdate/bin/Release/net10.0/LiveUpdate.dll" "$local_cloud_url" "$@"
