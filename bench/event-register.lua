-- wrk: registrations for one event through the API, each a new person (the run's start time, the
-- wrk thread and a counter make the email); EVENT names the event's id. With RATE (registrations a
-- second in all) and THREADS (wrk's -t), requests follow a fixed arrival schedule, as wrk2 does:
-- each thread sends its next request at its next slot, on whichever of its connections is free, so
-- the rate offered does not drop when answers slow down. A slot that found every connection busy
-- is sent late and counted ("late starts" in the output): wrk then measures from the late start.
local rate = tonumber(os.getenv("RATE") or "0")
local threads = tonumber(os.getenv("THREADS") or "1")
local counter = 0
late = 0 -- a global: done() reads it from each thread
local threads_made = {}
local started = tostring(os.time())
local event = os.getenv("EVENT")
local countries = { "CN", "RU", "KZ", "KG", "UZ", "TJ", "LA", "TH", "MY" }

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } vb_timespec;
  int clock_gettime(int clock, vb_timespec *tp);
]]
local clock = ffi.new("vb_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

setup = function(thread)
  table.insert(threads_made, thread)
  thread:set("thread_id", #threads_made)
end

init = function()
  math.randomseed(os.time() + thread_id)
end

if rate > 0 then
  local interval = threads * 1000 / rate
  local next_slot
  delay = function()
    local now = now_ms()
    next_slot = (next_slot or now) + interval
    if next_slot < now then
      late = late + 1
      return 0
    end
    return math.floor(next_slot - now)
  end
end

request = function()
  counter = counter + 1
  local body = string.format(
    '{"name":"Bench Delegate %d","email":"bench-%s-%d-%d@example.org","country":"%s","category":"DELEGATE"}',
    counter, started, thread_id, counter, countries[counter % #countries + 1])
  return wrk.format("POST", "/api/v1/events/" .. event .. "/registrations", { ["Content-Type"] = "application/json" }, body)
end

done = function(summary, latency, requests)
  local total_late = 0
  for _, thread in ipairs(threads_made) do
    total_late = total_late + (thread:get("late") or 0)
  end
  io.write(string.format("late starts: %d of %d\n", total_late, summary.requests))
end
