using System.Text;
using System.Text.Json;

namespace Rollup.SettlementClient.Tests.TxManager;

/// <summary>
/// Forwards JSON-RPC to a real node, but makes the first eth_sendRawTransaction fail as a crash
/// would: after it reached the node (<see cref="SendFault.AfterForwarding"/>) or before
/// (<see cref="SendFault.BeforeForwarding"/>). From then on every request fails, as a process that
/// lost its connection for good, unless <paramref name="dieAfterSend"/> is false (only the send fails).
/// </summary>
internal sealed class FaultInjectingHandler(SendFault fault, bool dieAfterSend = true) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _dead;

    public int ForwardedSends { get; private set; }

    /// <summary>Every eth_sendRawTransaction the manager made, the failed one included.</summary>
    public int Sends { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _dead) == 1) throw new HttpRequestException("connection lost (injected)");
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        using var json = JsonDocument.Parse(body);
        bool isSend = json.RootElement.ValueKind == JsonValueKind.Object
            && json.RootElement.GetProperty("method").GetString() == "eth_sendRawTransaction";
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        if (!isSend) return await base.SendAsync(request, cancellationToken);
        if (++Sends > 1) return await base.SendAsync(request, cancellationToken);
        if (dieAfterSend) Volatile.Write(ref _dead, 1);
        if (fault == SendFault.AfterForwarding)
        {
            using var response = await base.SendAsync(request, cancellationToken);
            await response.Content.ReadAsStringAsync(cancellationToken);
            ForwardedSends++;
        }
        throw new HttpRequestException("connection lost (injected)");
    }
}
