namespace Rollup.Sequencer.Rpc.RateLimiting;

/// <summary>One key's bucket: refills continuously at a rate up to a burst capacity.</summary>
internal sealed class TokenBucket(double capacity, long nowTicks)
{
    private double _tokens = capacity;
    private long _lastTicks = nowTicks;

    public bool TryTake(double capacity, double perSecond, long nowTicks, long ticksPerSecond)
    {
        lock (this)
        {
            Refill(capacity, perSecond, nowTicks, ticksPerSecond);
            if (_tokens < 1) return false;
            _tokens -= 1;
            return true;
        }
    }

    public bool IsFull(double capacity, double perSecond, long nowTicks, long ticksPerSecond)
    {
        lock (this)
        {
            Refill(capacity, perSecond, nowTicks, ticksPerSecond);
            return _tokens >= capacity;
        }
    }

    private void Refill(double capacity, double perSecond, long nowTicks, long ticksPerSecond)
    {
        if (nowTicks > _lastTicks)
        {
            _tokens = Math.Min(capacity, _tokens + (nowTicks - _lastTicks) * perSecond / ticksPerSecond);
            _lastTicks = nowTicks;
        }
    }
}
