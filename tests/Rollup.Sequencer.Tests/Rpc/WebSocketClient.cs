using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Rollup.Sequencer.Tests.Rpc;

/// <summary>A test client for the /ws endpoint: sends text messages and reads whole messages back with a deadline.</summary>
internal sealed class WebSocketClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public static async Task<WebSocketClient> ConnectAsync(Uri http)
    {
        var client = new WebSocketClient();
        var ws = new UriBuilder(http) { Scheme = "ws", Path = "/ws" }.Uri;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await client._socket.ConnectAsync(ws, timeout.Token);
        return client;
    }

    public Task SendAsync(string json) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    public async Task<JsonElement> ReceiveAsync(TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
    }

    public async Task<JsonElement> CallAsync(string json)
    {
        await SendAsync(json);
        return await ReceiveAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The server may already have gone; nothing left to close.
            }
        }
        _socket.Dispose();
    }
}
