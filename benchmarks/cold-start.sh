#!/usr/bin/env bash
# Cold start of the functions executable, Native AOT against JIT, built from samples/Full (every implemented option).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benchmarks/packages.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"; packages_clean' EXIT
functions="$root/samples/Full/src/Arena.Functions"
dotnet publish "$functions" -c Release -r linux-x64 -o "$out/aot" -v q >/dev/null
dotnet publish "$functions" -c Release -r linux-x64 -p:PublishAot=false --self-contained -o "$out/jit" -v q >/dev/null
dotnet run --project "$root/benchmarks/ColdStart" -c Release -- aot="$out/aot/bootstrap" jit="$out/jit/bootstrap" --runs "${RUNS:-21}"
