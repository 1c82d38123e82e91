namespace Rollup.SettlementClient.Devnet;

/// <summary>How to start a local anvil node. Validated by <see cref="Validate"/> before anything starts.</summary>
public sealed record AnvilNodeOptions
{
    /// <summary>The directory holding node_modules with @foundry-rs/anvil (the repository root).</summary>
    public required string InstallRoot { get; init; }

    /// <summary>Loopback port; 0 picks a free one.</summary>
    public int Port { get; init; }

    public ulong ChainId { get; init; } = 31337;

    /// <summary>Funded development accounts from anvil's default mnemonic.</summary>
    public int Accounts { get; init; } = 10;

    /// <summary>Seconds between blocks; 0 mines each transaction as it arrives.</summary>
    public int BlockTimeSeconds { get; init; }

    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Further anvil flags (tests use e.g. --no-mining); --host and --port are ours.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(InstallRoot)) throw new ArgumentException("the install root is empty", nameof(InstallRoot));
        if (Port is < 0 or > 65_535) throw new ArgumentOutOfRangeException(nameof(Port), Port, "a port is 0..65535 (0 picks a free one)");
        if (ChainId == 0) throw new ArgumentOutOfRangeException(nameof(ChainId), ChainId, "the chain id must be positive");
        if (Accounts is < 1 or > 1_000) throw new ArgumentOutOfRangeException(nameof(Accounts), Accounts, "1..1000 accounts");
        if (BlockTimeSeconds is < 0 or > 3_600) throw new ArgumentOutOfRangeException(nameof(BlockTimeSeconds), BlockTimeSeconds, "0..3600 seconds");
        foreach (var a in ExtraArguments)
            if (a is "--host" or "--port" or "-p" or "--config-out")
                throw new ArgumentException($"{a} is set by the launcher", nameof(ExtraArguments));
        if (StartupTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(StartupTimeout), StartupTimeout, "must be positive");
    }
}
