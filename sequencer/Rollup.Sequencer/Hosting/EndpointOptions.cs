namespace Rollup.Sequencer.Hosting;

/// <summary>A listening address: IP to bind and TCP port (0 picks a free port, for tests).</summary>
public sealed class EndpointOptions
{
    public string BindAddress { get; set; } = "127.0.0.1";

    public int Port { get; set; }
}
