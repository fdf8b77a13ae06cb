-- wrk script: adds the headers in WRK_HEADERS ("Name: value" pairs separated by "|") to every
-- request, and with WRK_DELAY_MS waits that long between requests on each connection.
local spec = os.getenv("WRK_HEADERS") or ""
for pair in string.gmatch(spec, "[^|]+") do
  local name, value = string.match(pair, "^%s*([^:]+):%s*(.-)%s*$")
  if name then wrk.headers[name] = value end
end
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "")
if pause then
  function delay() return pause end
end
