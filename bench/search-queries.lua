-- wrk: the global search API with the queries of search-queries.txt (Chinese, Russian, English, Thai), in turn
local queries = {}
for line in io.lines("bench/search-queries.txt") do
  if line ~= "" then
    queries[#queries + 1] = line:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)
  end
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/search?q=" .. queries[(i % #queries) + 1])
end
