-- wrk script: the htmx fragment of the organization list, filtered by country.
wrk.headers["HX-Request"] = "true"
local countries = { "KZ", "LA", "TH", "UZ", "CN", "RU" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/organizations?country=" .. countries[(i % #countries) + 1])
end
