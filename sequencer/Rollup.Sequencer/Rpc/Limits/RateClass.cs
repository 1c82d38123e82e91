namespace Rollup.Sequencer.Rpc.RateLimiting;

/// <summary>Writes are limited per account (or oracle underlying), reads per remote address.</summary>
public enum RateClass
{
    Write,
    Read,
}
