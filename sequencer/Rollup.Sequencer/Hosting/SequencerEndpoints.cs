using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Rollup.Sequencer.Hosting;

/// <summary>
/// The two listeners and the ports they got (a configured port of 0 is resolved once Kestrel has
/// bound). Admin-only routes check <see cref="IsAdmin"/>, so they never answer on the public port.
/// </summary>
public sealed class SequencerEndpoints
{
    private ListenOptions? _rpc;
    private ListenOptions? _admin;

    public int RpcPort => Port(_rpc);

    public int AdminPort => Port(_admin);

    public bool IsAdmin(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _admin is not null && context.Connection.LocalPort == AdminPort && IPAddress.IsLoopback(context.Connection.LocalIpAddress ?? IPAddress.None);
    }

    internal void Listen(KestrelServerOptions kestrel, SequencerOptions options)
    {
        kestrel.Listen(IPAddress.Parse(options.Rpc.BindAddress), options.Rpc.Port, listen => _rpc = listen);
        kestrel.Listen(IPAddress.Parse(options.Admin.BindAddress), options.Admin.Port, listen => _admin = listen);
    }

    private static int Port(ListenOptions? listen) =>
        (listen?.EndPoint as IPEndPoint)?.Port ?? throw new InvalidOperationException("the host has not configured its listeners yet");
}
