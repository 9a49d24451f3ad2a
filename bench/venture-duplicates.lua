-- wrk: the ventures' duplicate check with the probe names of the run, in turn; prints p95
local probes = {}
for line in io.lines(os.getenv("PROBES")) do
  if line ~= "" then
    probes[#probes + 1] = line:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)
  end
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/ventures/duplicates?name=" .. probes[(i % #probes) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
