#!/usr/bin/env python3
"""Summary of bench/verify/run.sh's results: medians over the rounds, and each ratio taken within a round between a
figure and its floor measured just before it (the service against nginx's static 204; nginx with auth_request against
nginx proxying without it)."""
import re
import statistics
import sys
from collections import defaultdict

runs = defaultdict(dict)  # round -> (name, connections) -> figures
memory, revocations = {}, {}
for line in open(sys.argv[1]):
    run = re.match(r"round=(\d+) name=(\S+) connections=(\d+) RESULT (.*)", line)
    if run:
        round_, name, connections, figures = run.groups()
        runs[round_][(name, int(connections))] = {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", figures)}
    elif line.startswith("memory after load"):
        memory = {k: float(v) for k, v in re.findall(r"(VmRSS|VmHWM):([\d.]+)MB", line)}
    elif line.startswith("RESULT revocations"):
        revocations = {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}

def median(name, connections, figure):
    return statistics.median(r[(name, connections)][figure] for r in runs.values() if (name, connections) in r)

def ratios(name, floor, connections=64):
    return [r[(name, connections)]["rps"] / r[(floor, connections)]["rps"]
            for r in runs.values() if (name, connections) in r and (floor, connections) in r]

print(f"rounds: {len(runs)}")
service, floor = ratios("serve", "floor"), ratios("auth_request", "proxy")
print(f"throughput, 64 connections: serve {median('serve', 64, 'rps'):.0f} req/s, nginx floor "
      f"{median('floor', 64, 'rps'):.0f} req/s: ratio {statistics.median(service):.2f} "
      f"(rounds {min(service):.2f}-{max(service):.2f}; target >= 0.50)")
for connections in (64, 8):
    print(f"latency, {connections} connections: serve p50 {median('serve', connections, 'p50_us') / 1000:.2f} ms, "
          f"p99 {median('serve', connections, 'p99_us') / 1000:.2f} ms; nginx floor p50 "
          f"{median('floor', connections, 'p50_us') / 1000:.2f} ms, p99 {median('floor', connections, 'p99_us') / 1000:.2f} ms "
          f"(target p99 < 2 ms)")
print(f"auth_request: {median('auth_request', 64, 'rps'):.0f} req/s, proxy without it {median('proxy', 64, 'rps'):.0f} "
      f"req/s: ratio {statistics.median(floor):.2f} (rounds {min(floor):.2f}-{max(floor):.2f}; target >= 0.50)")
print(f"resident memory after load: {memory.get('VmRSS', float('nan')):.1f} MB, peak {memory.get('VmHWM', float('nan')):.1f} MB "
      f"(target < 100 MB)")
print(f"revocation visible: median {revocations.get('median_ms', float('nan')):.0f} ms, max "
      f"{revocations.get('max_ms', float('nan')):.0f} ms over {revocations.get('revocations', 0):.0f} (target < 1000 ms)")
