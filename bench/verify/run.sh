#!/usr/bin/env bash
# The verification service's benchmark (README.md here): one command, about 3 minutes per round plus the fill.
#   bench/verify/run.sh [ROUNDS=3] [DURATION=10s]
# Fills a registry with 100,000 apps and 200,000 keys, starts `appkeys serve` on it and a private nginx, and in each
# round drives, with wrk at 64 connections (and 8, for latency below saturation), the nginx floor (a static 204) and
# the service, then nginx proxying a static upstream without and with auth_request to the service. Then resident
# memory and 20 revocations. Prints the summary (summarize.py) and keeps everything in a folder it names.
# Needs wrk, nginx and curl (scripts/install-deps --test), and a build (APPKEYS_BUILD_DIR, default build/).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${APPKEYS_BUILD_DIR:-$root/build}
rounds=${1:-3}
duration=${2:-10s}

for tool in wrk nginx curl python3; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (scripts/install-deps --test)" >&2; exit 1; }
done
cmake --build "$build" --target appkeys appkeys_verify_bench >/dev/null

work=$(mktemp -d /tmp/appkeys-verify-bench.XXXXXX)
chmod 755 "$work" # nginx's workers (nobody, when started as root) reach their temporary files through it
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 20000))
        port_in_use "$port" || { echo "$port"; return; }
    done
}
wait_for() { # URL
    for _ in $(seq 1 600); do curl -s -o /dev/null "$1" && return 0; sleep 0.1; done
    echo "run.sh: $1 did not answer" >&2
    exit 1
}

echo "--- filling the registry in $work"
"$build/bench/verify/appkeys_verify_bench" fill "$work"
export APPKEYS_BENCH_KEYS="$work/keys.lua"

service=$(free_port) floor=$(free_port) upstream=$(free_port) proxy=$(free_port) auth=$(free_port)
"$build/src/appkeys" serve --database "$work/registry.sqlite" --listen "127.0.0.1:$service" 2>"$work/serve.log" &
serve_pid=$!
pids+=("$serve_pid")
wait_for "http://127.0.0.1:$service/healthz"
sed -e "s|@DIR@|$work|g" -e "s|@FLOOR@|$floor|g" -e "s|@UPSTREAM@|$upstream|g" -e "s|@PROXY@|$proxy|g" \
    -e "s|@AUTH@|$auth|g" -e "s|@SERVICE@|$service|g" "$here/nginx.conf.in" >"$work/nginx.conf"
nginx -c "$work/nginx.conf" -p "$work/" &
pids+=("$!")
wait_for "http://127.0.0.1:$floor/"

memory() { awk '/^VmRSS|^VmHWM/ { printf "%s%.1fMB ", $1, $2 / 1024 }' "/proc/$serve_pid/status"; }
measure() { # NAME CONNECTIONS DURATION PORT
    local result
    result=$(timeout 120 wrk -t2 -c"$2" -d"$3" --latency -s "$here/mix.lua" "http://127.0.0.1:$4/v1/auth" | grep RESULT)
    echo "round=$round name=$1 connections=$2 $result"
}

results="$work/results.txt"
{
    echo "# $(date -Is) rounds=$rounds duration=$duration loadavg=$(cut -d' ' -f1-3 /proc/loadavg) nproc=$(nproc)"
    echo "memory idle: $(memory)"
    for round in $(seq 1 "$rounds"); do
        # Each figure beside its floor measured just before it, so that each ratio compares neighbours in time.
        measure floor 64 "$duration" "$floor"
        measure serve 64 "$duration" "$service"
        measure floor 8 5s "$floor"
        measure serve 8 5s "$service"
        measure proxy 64 "$duration" "$proxy"
        measure auth_request 64 "$duration" "$auth"
    done
    echo "memory after load: $(memory)"
    "$build/bench/verify/appkeys_verify_bench" revocations "$work/registry.sqlite" "$service" "$work/revocable.txt" 20
} | tee "$results"

echo "--- summary"
python3 "$here/summarize.py" "$results" | tee "$work/summary.txt"
echo "(everything is in $work)"
