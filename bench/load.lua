-- wrk script for the Kabinet benchmark (see bench/README.md).
--
-- Environment (read when wrk loads the script):
--   BENCH_RATE     requests/s for the whole run, spread evenly over the connections (one connection per thread:
--                  run wrk with -t N -c N). 0 or unset: closed loop, as fast as the server answers (saturation).
--   BENCH_HEADERS  file with one header set per line ("Name: value|Name: value"); requests take the sets in turn
--                  (e.g. one line per gateway session, so no session exceeds the gateway's per-session rate limit).
--   BENCH_METHOD, BENCH_PATH, BENCH_BODY   the request (default GET of wrk's URL path). In BENCH_BODY, {n} is
--                  replaced by a counter unique in the run (thread * 10^7 + sequence).
--   BENCH_OUT      file the summary is written to (key=value lines).
--
-- Closed loop: latencies are wrk's own (from the send). With BENCH_RATE each request has an intended start time on a fixed schedule; its latency is counted from that
-- time, not from when it was actually sent, so a server that falls behind shows its queueing (the coordinated
-- omission correction of wrk2, which Debian does not ship).
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_us()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end

local rate = tonumber(os.getenv("BENCH_RATE") or "0") or 0
local method = os.getenv("BENCH_METHOD") or "GET"
local path_override = os.getenv("BENCH_PATH")
local body_template = os.getenv("BENCH_BODY")
local header_file = os.getenv("BENCH_HEADERS")
local out_file = os.getenv("BENCH_OUT")

local header_sets = {}
if header_file and header_file ~= "" then
  for line in io.lines(header_file) do
    if line ~= "" then
      local set = {}
      for pair in string.gmatch(line, "[^|]+") do
        local name, value = string.match(pair, "^%s*([^:]+):%s*(.*)$")
        if name then set[name] = value end
      end
      header_sets[#header_sets + 1] = set
    end
  end
end

-- ---- main thread: hand each thread its number ------------------------------------------------------------
local threads = {}
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  threads[#threads + 1] = thread
end

-- ---- worker threads ------------------------------------------------------------------------------------------
local nthreads, interval, sched, sent, seq, pick
-- Latencies go into histograms held in global numbers (wrk's thread:get copies numbers and strings, not tables):
-- L<b> counts latency from the intended start (fixed rate) or from the send (closed loop), S<b> from the send.
-- Buckets: 50 us wide below 50 ms, 5 ms wide below 10 s, then one overflow bucket.
local BUCKETS = 3000
local function bucket(us)
  if us < 50000 then return math.floor(us / 50) end
  local b = 1000 + math.floor((us - 50000) / 5000)
  if b >= BUCKETS then return BUCKETS - 1 end
  return b
end
local function bucket_top_ms(b)
  if b < 1000 then return (b + 1) * 0.05 end
  return 50 + (b - 999) * 5
end
local function count(prefix, us)
  local key = prefix .. bucket(us)
  _G[key] = (_G[key] or 0) + 1
end
lag_max = 0
seen_codes = "" -- statuses seen by this thread, "200 429 "

function init(args)
  nthreads = tonumber(args[1]) or 1
  seq = 0
  pick = id
  if rate > 0 then interval = 1000000 * nthreads / rate end
end

if rate > 0 then
  function delay()
    local now = now_us()
    if sched == nil then
      -- stagger the threads over one interval so the requests do not leave in bursts
      sched = now + interval * (id / nthreads)
    end
    local wait = sched - now
    if wait <= 0 then
      if -wait > lag_max then lag_max = -wait end
      return 0
    end
    return math.ceil(wait / 1000) -- whole ms; never early, so latency from sched includes <= 1 ms of timer slack
  end
end

function request()
  seq = seq + 1
  local headers = {}
  if #header_sets > 0 then
    for name, value in pairs(header_sets[(pick % #header_sets) + 1]) do headers[name] = value end
    pick = pick + nthreads
  end
  local body = nil
  if body_template and body_template ~= "" then
    body = string.gsub(body_template, "{n}", tostring(id * 10000000 + seq))
    headers["Content-Type"] = "application/json"
  end
  sent = now_us()
  return wrk.format(method, path_override, headers, body)
end

function response(status, headers, body)
  local now = now_us()
  local s = now - sent
  count("S", s)
  if rate > 0 then
    count("L", now - sched)
    sched = sched + interval
  else
    count("L", s)
  end
  local key = "C" .. status
  if _G[key] == nil then seen_codes = seen_codes .. status .. " " end
  _G[key] = (_G[key] or 0) + 1
end

-- ---- main thread: merge and write the summary --------------------------------------------------------------
local function merged(prefix)
  local h, total = {}, 0
  for b = 0, BUCKETS - 1 do
    local n = 0
    for _, t in ipairs(threads) do n = n + (t:get(prefix .. b) or 0) end
    h[b] = n
    total = total + n
  end
  return h, total
end

local function percentile(h, total, p)
  if total == 0 then return 0 end
  local want, seen = math.ceil(total * p), 0
  for b = 0, BUCKETS - 1 do
    seen = seen + h[b]
    if seen >= want then return bucket_top_ms(b) end
  end
  return bucket_top_ms(BUCKETS - 1)
end

function done(summary, latency, requests)
  local lh, ln = merged("L")
  local sh, sn = merged("S")
  local ok, other, code_list, codes = 0, 0, {}, {}
  for _, t in ipairs(threads) do
    for code in string.gmatch(t:get("seen_codes") or "", "%d+") do codes[tonumber(code)] = true end
  end
  for code, _ in pairs(codes) do
    local n = 0
    for _, t in ipairs(threads) do n = n + (t:get("C" .. code) or 0) end
    code_list[#code_list + 1] = code .. ":" .. n
    if code >= 200 and code < 300 then ok = ok + n else other = other + n end
  end
  table.sort(code_list)
  local lag = 0
  for _, t in ipairs(threads) do lag = math.max(lag, t:get("lag_max") or 0) end
  -- Closed loop: several connections share a thread (and its Lua state), so the thread cannot tell which request an
  -- answer belongs to; wrk's own histogram (from each connection's send) is right there. Fixed rate: one connection
  -- per thread, our histograms (from the intended start, and from the send).
  local function from_wrk(p)
    if p >= 1 then return latency.max / 1000 end
    return latency:percentile(p * 100) / 1000
  end
  local pct = function(p) return percentile(lh, ln, p) end
  local sent_pct = function(p) return percentile(sh, sn, p) end
  if rate <= 0 then
    pct = from_wrk
    sent_pct = from_wrk
  end
  local secs = summary.duration / 1000000
  local e = summary.errors
  local lines = {
    "requests=" .. summary.requests,
    "duration_s=" .. string.format("%.2f", secs),
    "rate=" .. string.format("%.1f", summary.requests / secs),
    "ok=" .. ok,
    "non2xx=" .. other,
    "errors=" .. (e.connect + e.read + e.write + e.timeout),
    "statuses=" .. table.concat(code_list, ","),
    "p50_ms=" .. string.format("%.2f", pct(0.50)),
    "p90_ms=" .. string.format("%.2f", pct(0.90)),
    "p99_ms=" .. string.format("%.2f", pct(0.99)),
    "max_ms=" .. string.format("%.2f", pct(1.0)),
    "sent_p50_ms=" .. string.format("%.2f", sent_pct(0.50)),
    "sent_p99_ms=" .. string.format("%.2f", sent_pct(0.99)),
    "lag_max_ms=" .. string.format("%.2f", lag / 1000),
  }
  local text = table.concat(lines, "\n") .. "\n"
  io.write(text)
  if out_file and out_file ~= "" then
    local f = io.open(out_file, "w")
    f:write(text)
    f:close()
  end
end
