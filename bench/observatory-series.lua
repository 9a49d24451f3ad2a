-- wrk: one benchmark indicator's totals across all countries and 20 years, a different indicator each time
local indicators = tonumber(os.getenv("INDICATORS") or "360")
local query = os.getenv("QUERY") or "&breakdown=total"
math.randomseed(42)
request = function()
  local code = string.format("BENCH.%04d", math.random(1, indicators))
  return wrk.format("GET", "/api/v1/observatory/observations?indicator=" .. code .. query)
end
