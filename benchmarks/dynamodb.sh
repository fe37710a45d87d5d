#!/usr/bin/env bash
# Operations/s of the embedded DynamoDB endpoint against DynamoDB Local, same SDK script and client settings.
# DynamoDB Local: AWS_ENDPOINT_URL_DYNAMODB if set, otherwise started here (in memory, on a free loopback port). Prefer
# the fresh one: an instance that already served tables with streams gets many times slower for every later one.
# About a minute: each endpoint is first warmed up with 60,000 calls (see Program.cs).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_REGION=us-east-1
dotnet build "$root/benchmarks/DynamoDb" -c Release -v q >/dev/null
endpoint=${AWS_ENDPOINT_URL_DYNAMODB:-}
if [ -z "$endpoint" ]; then
  home="$HOME/.cache/livescore-ci/dynamodb-local"
  if [ ! -f "$home/package/emulator/DynamoDBLocal.jar" ]; then
    # The same copy of DynamoDB Local that CI caches (packed in amplify-dynamodb-simulator).
    mkdir -p "$home" && (cd "$home" && npm pack amplify-dynamodb-simulator >/dev/null && tar xzf amplify-dynamodb-simulator-*.tgz)
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  (cd "$home/package/emulator" && exec java -Xmx256m -Djava.library.path=DynamoDBLocal_lib -jar DynamoDBLocal.jar \
    -inMemory -sharedDb -port "$port" -disableTelemetry) >/tmp/livescore-bench-dynamodb-local.log 2>&1 &
  local_pid=$!
  trap 'kill "$local_pid" 2>/dev/null || true' EXIT
  endpoint="http://127.0.0.1:$port"
  # Any HTTP answer (DynamoDB Local answers GET / with 400) means it listens; 30 s at most.
  for _ in $(seq 300); do
    curl -s -o /dev/null "$endpoint" && break
    kill -0 "$local_pid" 2>/dev/null || break
    sleep 0.1
  done
  curl -s -o /dev/null "$endpoint" || { echo "DynamoDB Local did not start:"; cat /tmp/livescore-bench-dynamodb-local.log; exit 1; }
fi
dotnet "$root/benchmarks/DynamoDb/bin/Release/net10.0/DynamoDb.dll" "$endpoint" "$@"
