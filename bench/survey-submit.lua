-- wrk: submissions to the demo youth survey through the API, each with an instance ID of its own
-- (the run's start time, the wrk thread and a counter) and answers that follow the form's logic
local counter = 0
local threads_made = 0
local started = tostring(os.time())
local countries = { "CN", "RU", "KZ", "KG", "UZ", "TJ", "IN", "PK", "BY" }
local statuses = { "vet_student", "other_student", "working", "looking", "other" }

setup = function(thread)
  threads_made = threads_made + 1
  thread:set("thread_id", threads_made)  -- a global of the thread's own script
end

request = function()
  counter = counter + 1
  local n = counter
  local body = string.format(
    '{"instanceId":"uuid:bench-%s-%d-%d","language":"en","age":%d,"consent":true,"guardianConsent":true,'
      .. '"answers":{"country":"%s","gender":"%s","status":"%s","in_vet":"no","skills_wanted":"digital languages",'
      .. '"study_abroad":"no","business_interest":"not_interested","support_useful":"%d"}}',
    started, thread_id, n, 14 + n % 16, countries[n % #countries + 1], (n % 2 == 0) and "female" or "male",
    statuses[n % #statuses + 1], 1 + n % 5)
  return wrk.format("POST", "/api/v1/surveys/sco_youth_2026/responses", { ["Content-Type"] = "application/json" }, body)
end
