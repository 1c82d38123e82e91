namespace Rollup.SettlementClient.Rpc;

/// <summary>Limits and retry policy of a <see cref="JsonRpcClient"/>.</summary>
public sealed record JsonRpcClientOptions
{
    /// <summary>Bound on one HTTP exchange (a single call or a whole batch).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Total attempts for a retryable failure, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest response body read; a larger answer is refused before it is parsed.</summary>
    public long MaxResponseBytes { get; init; } = 32L * 1024 * 1024;

    internal void Validate()
    {
        if (Timeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Timeout), "the timeout must be positive");
        if (MaxAttempts < 1) throw new ArgumentOutOfRangeException(nameof(MaxAttempts), "at least one attempt");
        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay) throw new ArgumentOutOfRangeException(nameof(MaxDelay), "need 0 <= BaseDelay <= MaxDelay");
        if (MaxResponseBytes < 1) throw new ArgumentOutOfRangeException(nameof(MaxResponseBytes), "the response cap must be positive");
    }
}
