-- wrk script: the search API with queries in several languages, one after another.
local queries = {
  "%E8%81%8C%E4%B8%9A%E6%95%99%E8%82%B2",           -- 职业教育
  "%E6%B1%BD%E8%BD%A6",                             -- 汽车
  "%D0%BA%D0%BE%D0%BB%D0%BB%D0%B5%D0%B4%D0%B6",     -- колледж
  "%D1%82%D1%83%D1%80%D0%B8%D0%B7%D0%BC%D0%B0",     -- туризма
  "railway",
  "nursing+college",
  "%E0%B8%AD%E0%B8%B2%E0%B8%8A%E0%B8%B5%E0%B8%A7%E0%B8%A8%E0%B8%B6%E0%B8%81%E0%B8%A9%E0%B8%B2", -- อาชีวศึกษา
  "mechanical+12345",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/search?q=" .. queries[(i % #queries) + 1])
end
