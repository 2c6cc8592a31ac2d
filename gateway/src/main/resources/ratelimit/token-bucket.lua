-- One token bucket, taken from atomically on the Redis server so every gateway replica shares it.
-- The same arithmetic as TokenBucket.java. Time comes from Redis, so replicas' clocks need not agree.
-- KEYS[1]: the bucket; ARGV: capacity, refill tokens, refill period in ms.
-- Returns {1, 0} when allowed, {0, milliseconds until one request would be allowed} otherwise.
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2]) / tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * per_ms)

local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.max(1, math.ceil((1 - tokens) / per_ms))
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(math.max(at, now)))
-- A bucket left alone fills up again; after that it carries no information.
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / per_ms) + 1000)
return {allowed, wait}
