using System.Net;
using Rollup.Sequencer.Rpc.RateLimiting;

namespace Rollup.Sequencer.Rpc.Server;

/// <summary>Limits and listeners of the JSON-RPC server (configuration section "Rpc").</summary>
public sealed class RpcServerOptions
{
    public const string Section = "Rpc";

    /// <summary>Largest request body (HTTP) or message (WebSocket) in bytes.</summary>
    public int MaxBodyBytes { get; set; } = 1 << 20;

    public int MaxBatchItems { get; set; } = 100;

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Writes per second per account (0 = unlimited) and the burst above it.</summary>
    public double WritesPerSecond { get; set; } = 2_000;
    public int WriteBurst { get; set; } = 4_000;

    /// <summary>Reads per second per remote address (0 = unlimited) and the burst above it.</summary>
    public double ReadsPerSecond { get; set; } = 200;
    public int ReadBurst { get; set; } = 400;

    public int MaxSubscriptionsPerConnection { get; set; } = 64;

    /// <summary>Messages queued for one WebSocket before it counts as too slow and is closed.</summary>
    public int WebSocketSendQueue { get; set; } = 1_024;

    /// <summary>At most one receipt signature per interval; every write in between shares it (0 = sign as fast as possible).</summary>
    public TimeSpan ReceiptSigningInterval { get; set; } = TimeSpan.FromMilliseconds(1);

    public bool AdminEnabled { get; set; } = true;

    /// <summary>The admin listener's address: must be a loopback address.</summary>
    public string AdminAddress { get; set; } = "127.0.0.1";

    /// <summary>The admin listener's port (0 = any free port).</summary>
    public int AdminPort { get; set; } = 8546;

    public RateLimitSettings WriteLimit => new(WritesPerSecond, WriteBurst);
    public RateLimitSettings ReadLimit => new(ReadsPerSecond, ReadBurst);

    /// <summary>Every problem with these options, each naming its setting; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MaxBodyBytes is < 1024 or > 64 << 20) problems.Add($"Rpc:MaxBodyBytes must be in [1024, {64 << 20}], got {MaxBodyBytes}");
        if (MaxBatchItems is < 1 or > 10_000) problems.Add($"Rpc:MaxBatchItems must be in [1, 10000], got {MaxBatchItems}");
        if (RequestTimeout <= TimeSpan.Zero || RequestTimeout > TimeSpan.FromMinutes(5)) problems.Add($"Rpc:RequestTimeout must be in (0, 5 min], got {RequestTimeout}");
        if (WritesPerSecond < 0 || double.IsNaN(WritesPerSecond)) problems.Add("Rpc:WritesPerSecond must be 0 (unlimited) or positive");
        if (ReadsPerSecond < 0 || double.IsNaN(ReadsPerSecond)) problems.Add("Rpc:ReadsPerSecond must be 0 (unlimited) or positive");
        if (WritesPerSecond > 0 && WriteBurst < 1) problems.Add("Rpc:WriteBurst must be at least 1");
        if (ReadsPerSecond > 0 && ReadBurst < 1) problems.Add("Rpc:ReadBurst must be at least 1");
        if (MaxSubscriptionsPerConnection < 1) problems.Add("Rpc:MaxSubscriptionsPerConnection must be at least 1");
        if (WebSocketSendQueue < 16) problems.Add("Rpc:WebSocketSendQueue must be at least 16");
        if (ReceiptSigningInterval < TimeSpan.Zero || ReceiptSigningInterval > TimeSpan.FromMilliseconds(100))
            problems.Add($"Rpc:ReceiptSigningInterval must be in [0, 100 ms], got {ReceiptSigningInterval}");
        if (AdminEnabled)
        {
            if (!IPAddress.TryParse(AdminAddress, out var address)) problems.Add($"Rpc:AdminAddress is not an IP address: '{AdminAddress}'");
            else if (!IPAddress.IsLoopback(address)) problems.Add($"Rpc:AdminAddress must be a loopback address (127.0.0.0/8 or ::1), got {AdminAddress}: admin methods are never exposed beyond this machine");
            if (AdminPort is < 0 or > 65535) problems.Add($"Rpc:AdminPort must be in [0, 65535], got {AdminPort}");
        }
        return problems;
    }
}
