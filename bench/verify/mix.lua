-- wrk script of the verification service's benchmark: 80 % valid keys, 10 % revoked, 10 % malformed; one request in
-- four with X-API-Key, the others with Authorization: apikey. The same requests go to the nginx floor. Prints one
-- RESULT line. The keys come from APPKEYS_BENCH_KEYS (keys.lua, written by `appkeys_verify_bench fill`).
dofile(os.getenv("APPKEYS_BENCH_KEYS"))
local counter = 0
request = function()
  counter = counter + 1
  local pick = counter % 10
  local key
  if pick < 8 then key = valid[(counter % #valid) + 1]
  elseif pick == 8 then key = revoked[(counter % #revoked) + 1]
  else key = malformed[(counter % #malformed) + 1] end
  local headers = {}
  if counter % 4 == 0 then headers["X-API-Key"] = key else headers["Authorization"] = "apikey " .. key end
  return wrk.format("GET", wrk.path, headers)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.0f p50_us=%d p99_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99),
    summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
