namespace Rollup.Sequencer.Rpc.RateLimiting;

/// <summary>A sustained rate (tokens per second; 0 disables the limit) and the burst a quiet key may spend at once.</summary>
public readonly record struct RateLimitSettings(double PerSecond, int Burst);
