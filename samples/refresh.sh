#!/usr/bin/env bash
# Regenerates every sample listed in samples.txt from the template in this checkout.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet pack "$root/LiveScore.Templates.csproj" -o "$work/packages" -v q >/dev/null
dotnet new install "$work"/packages/LiveScore.Templates.*.nupkg --debug:custom-hive "$work/hive" >/dev/null
while read -r sample arguments; do
  [[ -z "$sample" || "$sample" == \#* ]] && continue
  rm -rf "${root:?}/samples/$sample"
  # shellcheck disable=SC2086 # the arguments are a list of words
  dotnet new livescore-serverless -o "$root/samples/$sample" --no-restore --debug:custom-hive "$work/hive" $arguments >/dev/null
  echo "samples/$sample: $arguments"
done < "$root/samples/samples.txt"
