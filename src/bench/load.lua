-- wrk script for the Kiosque benchmark. Configured by environment variables:
--   BENCH_MODE     fixed (the URL given to wrk), slugs (articles by slug), slugs-etag (the same with If-None-Match)
--   BENCH_SLUGS    file of slugs, most read first; for slugs-etag, "slug TAB etag" lines
--   BENCH_ZIPF     exponent of the Zipf law over slug ranks (default 1.0)
--   BENCH_RATE     requests per second for each thread: constant-rate mode (run it with one connection per thread)
--   BENCH_SEED     random seed (default 42)
--   BENCH_RESULT   file to append the run's result to, as one JSON line
--   BENCH_LABEL    JSON members (without braces) copied into the result, e.g. "dataset":"1k","endpoint":"slug"
--
-- Every response's status is counted. In constant-rate mode each connection follows a fixed schedule and latency is
-- also measured from the moment a request was due (if it was sent late because the previous answer was slow), so
-- queueing is not hidden (coordinated omission, which wrk2 corrects in the same way). wrk starts its threads one after
-- the other (each loads this script and its slug list first), so the achieved rate and the percentiles are taken over
-- the answers received while every thread was running: from the last thread's first due time to the first thread's
-- last answer.

local ffi = require("ffi")
ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
    int clock_gettime(int clock, bench_timespec *ts);
]]
local ts = ffi.new("bench_timespec")
local function now_us()
    ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end

local mode = os.getenv("BENCH_MODE") or "fixed"
local rate = tonumber(os.getenv("BENCH_RATE") or "")
local threads = {}
local counter = 0

function setup(thread)
    counter = counter + 1
    thread:set("thread_number", counter)
    table.insert(threads, thread)
end

-- Per-thread state (each wrk thread has its own Lua state).
statuses = {}
latencies = {}
dones = {}
first_due_us = 0
last_done_us = 0
local requests = nil
local cdf = nil
local interval_us, next_due_us, due_us, sent_us

local function load_requests()
    local path = assert(os.getenv("BENCH_SLUGS"), "BENCH_SLUGS is required in mode " .. mode)
    local list = {}
    for line in io.lines(path) do
        local slug, etag = line:match("^([^\t]+)\t?(.*)$")
        if slug then
            local headers = {}
            if mode == "slugs-etag" then
                -- No ETag served yet: a validator that cannot match, so the answer is what a revalidation gets today.
                headers["If-None-Match"] = (etag ~= nil and etag ~= "") and etag or '"kiosque-bench-no-etag"'
            end
            table.insert(list, wrk.format("GET", "/api/v1/articles/" .. slug, headers))
        end
    end
    assert(#list > 0, "no slugs in " .. path)
    return list
end

function init(args)
    math.randomseed(tonumber(os.getenv("BENCH_SEED") or "42") * 1000 + (thread_number or 0))
    if mode ~= "fixed" then
        requests = load_requests()
        local s = tonumber(os.getenv("BENCH_ZIPF") or "1.0")
        cdf = {}
        local total = 0
        for k = 1, #requests do
            total = total + 1 / (k ^ s)
            cdf[k] = total
        end
        for k = 1, #requests do cdf[k] = cdf[k] / total end
    end
    if rate then interval_us = 1000000 / rate end
end

local function pick()
    local x = math.random()
    local lo, hi = 1, #cdf
    while lo < hi do
        local mid = math.floor((lo + hi) / 2)
        if cdf[mid] < x then lo = mid + 1 else hi = mid end
    end
    return lo
end

if rate then
    function delay()
        local now = now_us()
        if not next_due_us then next_due_us = now end
        due_us = next_due_us
        next_due_us = next_due_us + interval_us
        local wait = (due_us - now) / 1000
        if wait < 1 then return 0 end
        return math.floor(wait)
    end
end

if mode ~= "fixed" or rate then
    function request()
        sent_us = now_us()
        if requests then return requests[pick()] end
        return wrk.request()
    end
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    if rate and sent_us then
        local from = sent_us
        if due_us and due_us < from then from = due_us end
        local now = now_us()
        latencies[#latencies + 1] = now - from
        dones[#dones + 1] = now
        if first_due_us == 0 then first_due_us = from end
        last_done_us = now
    end
end

local function percentile(sorted, p)
    if #sorted == 0 then return nil end
    local index = math.max(1, math.ceil(#sorted * p / 100))
    return sorted[index]
end

function done(summary, latency, requests_)
    local merged = {}
    local all = {}
    local window_start, window_end = 0, math.huge
    local samples = {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses") or {}) do
            merged[status] = (merged[status] or 0) + count
        end
        if rate then
            local first_us = thread:get("first_due_us") or 0
            if first_us > window_start then window_start = first_us end
            local done_us = thread:get("last_done_us") or 0
            if done_us < window_end then window_end = done_us end
            table.insert(samples, { thread:get("dones") or {}, thread:get("latencies") or {} })
        end
    end
    local window_count = 0
    for _, sample in ipairs(samples) do
        local thread_dones, thread_latencies = sample[1], sample[2]
        for i, value in ipairs(thread_latencies) do
            if thread_dones[i] >= window_start and thread_dones[i] <= window_end then
                all[#all + 1] = value
                window_count = window_count + 1
            end
        end
    end
    local parts = {}
    for status, count in pairs(merged) do
        table.insert(parts, string.format('"%d":%d', status, count))
    end
    table.sort(parts)
    local seconds = summary.duration / 1000000
    local json = string.format(
        '{%s%s"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,'
            .. '"errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d},"statuses":{%s}',
        os.getenv("BENCH_LABEL") or "", os.getenv("BENCH_LABEL") and "," or "",
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
        summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
        summary.errors.status, table.concat(parts, ","))
    if rate then
        table.sort(all)
        local window_s = (window_end - window_start) / 1000000
        json = json .. string.format(
            ',"target_rps":%.1f,"achieved_rps":%.1f,"window_s":%.3f,"co_p50_us":%d,"co_p99_us":%d,"co_max_us":%d',
            rate * #threads, window_s > 0 and window_count / window_s or 0, window_s > 0 and window_s or 0,
            percentile(all, 50) or 0, percentile(all, 99) or 0, all[#all] or 0)
    end
    json = json .. "}"
    local out = os.getenv("BENCH_RESULT")
    if out then
        local file = assert(io.open(out, "a"))
        file:write(json, "\n")
        file:close()
    end
    io.write(json, "\n")
end
