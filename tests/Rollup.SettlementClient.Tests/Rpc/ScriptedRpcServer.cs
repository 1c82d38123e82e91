using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Rollup.SettlementClient.Tests.Rpc;

/// <summary>
/// A loopback HTTP server whose answers a test scripts per request: status, body, or a hang. It
/// counts requests so tests can assert how often the client retried.
/// </summary>
internal sealed class ScriptedRpcServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<int, JsonElement, ScriptedAnswer> _script;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _requests;

    public ScriptedRpcServer(Func<int, JsonElement, ScriptedAnswer> script)
    {
        _script = script;
        int port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public int Requests => Volatile.Read(ref _requests);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
        _stop.Dispose();
    }

    /// <summary>The result echoed under the request's own id.</summary>
    public static string Result(JsonElement request, string resultJson) =>
        $"{{\"jsonrpc\":\"2.0\",\"id\":{request.GetProperty("id").GetRawText()},\"result\":{resultJson}}}";

    public static string Error(JsonElement request, int code, string message, string? dataJson = null) =>
        $"{{\"jsonrpc\":\"2.0\",\"id\":{request.GetProperty("id").GetRawText()},\"error\":{{\"code\":{code},\"message\":{JsonSerializer.Serialize(message)}" +
        (dataJson is null ? "" : ",\"data\":" + dataJson) + "}}";

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        int index = Interlocked.Increment(ref _requests) - 1;
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            using var request = JsonDocument.Parse(await reader.ReadToEndAsync());
            var answer = _script(index, request.RootElement);
            if (answer.Hang) await Task.Delay(Timeout.Infinite, _stop.Token);
            context.Response.StatusCode = answer.Status;
            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.ContentType = "application/json";
            if (!answer.Chunked) context.Response.ContentLength64 = bytes.Length;
            else context.Response.SendChunked = true;
            await context.Response.OutputStream.WriteAsync(bytes, _stop.Token);
            context.Response.Close();
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        catch (HttpListenerException)
        {
            // The client gave up (its timeout) and closed the connection.
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
