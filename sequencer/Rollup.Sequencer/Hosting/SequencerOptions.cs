using Rollup.Sequencer.Storage;

namespace Rollup.Sequencer.Hosting;

/// <summary>
/// The sequencer's configuration (section <c>Sequencer</c>), from appsettings.json, the profile's
/// appsettings.{Profile}.json, environment variables prefixed ROLLUP_ (ROLLUP_Sequencer__Rpc__Port)
/// and the command line (--Sequencer:Rpc:Port=8550), later sources winning. Validated at start by
/// <see cref="SequencerOptionsValidator"/>.
/// </summary>
public sealed class SequencerOptions
{
    public const string Section = "Sequencer";

    /// <summary>Directory of the sequencer's database (created if missing).</summary>
    public string DataDirectory { get; set; } = "";

    /// <summary>The public JSON-RPC listener (also serves /health).</summary>
    public EndpointOptions Rpc { get; set; } = new() { Port = 8550 };

    /// <summary>The admin listener (admin methods, /metrics, /health): loopback addresses only.</summary>
    public EndpointOptions Admin { get; set; } = new() { Port = 8551 };

    public BatchingOptions Batch { get; set; } = new();

    public L1Options L1 { get; set; } = new();

    public OperatorKeyOptions OperatorKey { get; set; } = new();

    public OperationLogOptions Log { get; set; } = new();

    /// <summary>
    /// Most signing keys kept prepared for signature verification, about 48 KB each (the default
    /// holds about 50 MB): a prepared key verifies about 40% faster and costs about four
    /// verifications to build. 0 prepares none.
    /// </summary>
    public int PreparedKeys { get; set; } = Engine.Admission.PreparedKeys.DefaultCapacity;
}
