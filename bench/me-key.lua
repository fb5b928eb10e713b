-- wrk script: GET /api/auth/me with the API key in BENCH_API_KEY
local key = os.getenv("BENCH_API_KEY")
request = function()
  return wrk.format("GET", "/api/auth/me", {["X-API-Key"] = key})
end
