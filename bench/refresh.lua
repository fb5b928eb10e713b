-- wrk script: POST /api/auth/refresh, one token chain per thread (run with -t N -c N).
-- Each thread starts from its own session's refresh token and follows its rotation.
local tokens = {}
for line in io.lines(os.getenv("BENCH_REFRESH_TOKENS")) do tokens[#tokens + 1] = line end
local next_thread = 1
setup = function(thread)
  thread:set("first", tokens[next_thread])
  next_thread = next_thread + 1
end
init = function(args)
  current = first
end
request = function()
  return wrk.format("POST", "/api/auth/refresh", {["Content-Type"] = "application/json"},
    '{"refreshToken":"' .. current .. '"}')
end
response = function(status, headers, body)
  local fresh = body:match('"refreshToken":"([^"]+)"')
  if fresh then current = fresh end
end
