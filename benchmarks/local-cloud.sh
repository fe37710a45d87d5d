# Sourced by the benchmarks that run a sample's local cloud (after packages.sh).
# local_cloud_start SAMPLE [options]: builds samples/SAMPLE's local cloud in Release, starts it on a free loopback port
# with a data folder of its own and the given options, and waits until every function's process has asked for its
# first event. Sets local_cloud_url and local_cloud_ready_seconds (process start → ready). local_cloud_stop stops it.
local_cloud_start() {
  local sample=$1 port started
  shift
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  dotnet build "$root/samples/$sample/src/Arena.Local" -c Release -v q >/dev/null
  local_cloud_data=$(mktemp -d)
  started=$(date +%s.%N)
  dotnet "$root/samples/$sample/src/Arena.Local/bin/Release/net10.0/Arena.Local.dll" \
    --urls "http://127.0.0.1:$port" --data "$local_cloud_data" "$@" >"/tmp/livescore-bench-$sample.log" 2>&1 &
  local_cloud_pid=$!
  local_cloud_url="http://127.0.0.1:$port"
  until curl -sf "$local_cloud_url/_local/health" | grep -q '"status":"ok"'; do sleep 0.05; done
  local_cloud_ready_seconds=$(echo "$(date +%s.%N) - $started" | bc)
}

local_cloud_stop() {
  kill "${local_cloud_pid:-}" 2>/dev/null || true
  rm -rf "${local_cloud_data:-}"
}
