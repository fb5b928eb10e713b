-- wrk script: GET /api/auth/me with the access token in BENCH_TOKEN
local token = os.getenv("BENCH_TOKEN")
request = function()
  return wrk.format("GET", "/api/auth/me", {["Authorization"] = "Bearer " .. token})
end
