#!/usr/bin/env bash
# The visit pipeline of samples/DataLake's local cloud (embedded tables): one-visit latency, then throughput.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benchmarks/packages.sh"
source "$root/benchmarks/local-cloud.sh"
trap 'local_cloud_stop; packages_clean' EXIT
dotnet build "$root/benchmarks/VisitPipeline" -c Release -v q >/dev/null
local_cloud_start DataLake
dotnet "$root/benchmarks/VisitPipeline/bin/Release/net10.0/VisitPipeline.dll" "$local_cloud_url" "$local_cloud_data/s3/lake" "$@"
