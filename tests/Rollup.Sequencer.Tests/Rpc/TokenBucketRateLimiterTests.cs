using Rollup.Sequencer.Rpc.RateLimiting;

namespace Rollup.Sequencer.Tests.Rpc;

public class TokenBucketRateLimiterTests
{
    private sealed class ManualTime : TimeProvider
    {
        public long Ticks { get; set; }
        public override long TimestampFrequency => 1000;
        public override long GetTimestamp() => Ticks;
    }

    [Fact]
    public void Bucket_allows_its_burst_then_refills_at_its_rate()
    {
        var time = new ManualTime();
        var limiter = new TokenBucketRateLimiter(new RateLimitSettings(10, 2), new RateLimitSettings(1, 1), time);
        Assert.True(limiter.TryAcquire(RateClass.Write, "account:1"));
        Assert.True(limiter.TryAcquire(RateClass.Write, "account:1"));
        Assert.False(limiter.TryAcquire(RateClass.Write, "account:1"));
        Assert.True(limiter.TryAcquire(RateClass.Write, "account:2"));
        time.Ticks = 100; // 0.1 s at 10/s: one token back
        Assert.True(limiter.TryAcquire(RateClass.Write, "account:1"));
        Assert.False(limiter.TryAcquire(RateClass.Write, "account:1"));
        time.Ticks = 10_000; // long idle: refilled to the burst, not beyond
        Assert.True(limiter.TryAcquire(RateClass.Write, "account:1"));
        Assert.True(limiter.TryAcquire(RateClass.Write, "account:1"));
        Assert.False(limiter.TryAcquire(RateClass.Write, "account:1"));
    }

    [Fact]
    public void Idle_full_buckets_are_dropped_when_the_table_is_over_its_bound()
    {
        var time = new ManualTime();
        var limiter = new TokenBucketRateLimiter(new RateLimitSettings(1, 1), new RateLimitSettings(1, 1), time, maxKeys: 10);
        for (int i = 0; i < 10; i++) limiter.TryAcquire(RateClass.Read, "ip:10.0.0." + i);
        time.Ticks = 5_000;
        limiter.TryAcquire(RateClass.Read, "ip:new");
        Assert.True(limiter.TrackedKeys <= 1);
    }
}
