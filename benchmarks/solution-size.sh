#!/usr/bin/env bash
# Non-blank C# lines of each committed sample (design budget: the --score solution, samples/Score, ≤ 3,000), in total
# and by project, tests included. The samples are what the template generates today (SampleTests checks that).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count() { find "$@" -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' -print0 | xargs -0 cat | grep -cv '^\s*$' || true; }
for sample in "$root"/samples/*/; do
  name=$(basename "$sample")
  printf '%-10s %6s' "$name" "$(count "$sample")"
  for project in "$sample"src/* "$sample"infra/*/ "$sample"tests/*; do
    [[ -d "$project" ]] && printf '  %s %s' "$(basename "$project")" "$(count "$project")"
  done
  echo
done
