-- wrk script: POST /api/auth/login, cycling through the benchmark's accounts
local n = tonumber(os.getenv("BENCH_ACCOUNTS") or "8")
local i = 0
request = function()
  i = (i % n) + 1
  local body = string.format('{"login":"bench%d@example.com","password":"benchmark password %d"}', i, i)
  return wrk.format("POST", "/api/auth/login", {["Content-Type"] = "application/json"}, body)
end
local codes = {}
response = function(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
end
done = function(summary, latency, requests)
  io.write(string.format("latency p50 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
