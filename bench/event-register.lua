-- wrk: registrations for one event through the API, each a new person (the run's start time, the
-- wrk thread and a counter make the email); EVENT names the event's id. With PACE (milliseconds),
-- each connection waits a random time of that mean before its next request, so that C connections
-- offer about C * 1000 / PACE requests a second however fast they are answered (while answers take
-- well under PACE).
local pace = tonumber(os.getenv("PACE") or "0")
local counter = 0
local threads_made = 0
local started = tostring(os.time())
local event = os.getenv("EVENT")
local countries = { "CN", "RU", "KZ", "KG", "UZ", "TJ", "LA", "TH", "MY" }

setup = function(thread)
  threads_made = threads_made + 1
  thread:set("thread_id", threads_made)
end

init = function()
  math.randomseed(os.time() + thread_id)
end

if pace > 0 then
  delay = function()
    return math.random(0, 2 * pace)
  end
end

request = function()
  counter = counter + 1
  local body = string.format(
    '{"name":"Bench Delegate %d","email":"bench-%s-%d-%d@example.org","country":"%s","category":"DELEGATE"}',
    counter, started, thread_id, counter, countries[counter % #countries + 1])
  return wrk.format("POST", "/api/v1/events/" .. event .. "/registrations", { ["Content-Type"] = "application/json" }, body)
end
