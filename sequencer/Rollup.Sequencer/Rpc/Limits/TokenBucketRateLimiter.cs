using System.Collections.Concurrent;

namespace Rollup.Sequencer.Rpc.RateLimiting;

/// <summary>
/// Per-key token buckets, one rate and burst for writes and one for reads. Buckets that have
/// refilled completely carry no information, so they are dropped when the table grows past
/// its bound: memory stays bounded however many addresses call.
/// </summary>
public sealed class TokenBucketRateLimiter
{
    private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly RateLimitSettings _writes;
    private readonly RateLimitSettings _reads;
    private readonly int _maxKeys;

    public TokenBucketRateLimiter(RateLimitSettings writes, RateLimitSettings reads, TimeProvider time, int maxKeys = 100_000)
    {
        _writes = writes;
        _reads = reads;
        _time = time;
        _maxKeys = maxKeys;
    }

    public int TrackedKeys => _buckets.Count;

    public bool TryAcquire(RateClass rateClass, string key)
    {
        var settings = rateClass == RateClass.Write ? _writes : _reads;
        if (settings.PerSecond <= 0) return true;
        long now = _time.GetTimestamp();
        var bucket = _buckets.GetOrAdd(key, static (_, state) => new TokenBucket(state.Burst, state.Now), (settings.Burst, Now: now));
        bool taken = bucket.TryTake(settings.Burst, settings.PerSecond, now, _time.TimestampFrequency);
        if (_buckets.Count > _maxKeys) Prune(now);
        return taken;
    }

    private void Prune(long now)
    {
        foreach (var (key, bucket) in _buckets)
        {
            var settings = key.StartsWith("ip:", StringComparison.Ordinal) ? _reads : _writes;
            if (bucket.IsFull(settings.Burst, settings.PerSecond, now, _time.TimestampFrequency)) _buckets.TryRemove(key, out _);
        }
    }
}
