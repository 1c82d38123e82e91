using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Rollup.SettlementClient.Rpc;

public sealed partial class JsonRpcClient
{
    /// <summary>One HTTP exchange bounded by the timeout and the size cap, parsed as JSON.</summary>
    private async Task<JsonDocument> ExchangeAsync(string method, string body, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(Options.Timeout);
        byte[] bytes;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new RpcException(RpcErrorClassifier.ClassifyHttpStatus(response.StatusCode), method,
                    $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}")
                { HttpStatus = (int)response.StatusCode };
            }
            bytes = await ReadCappedAsync(method, response, timeout.Token);
        }
        catch (OperationCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            throw new RpcException(RpcErrorKind.Retryable, method, $"no answer within {Options.Timeout.TotalMilliseconds:0} ms", e);
        }
        catch (HttpRequestException e)
        {
            // Refused, reset, DNS and TLS failures: the node or the path to it may come back.
            var detail = e.InnerException is SocketException socket ? socket.SocketErrorCode.ToString() : e.Message;
            throw new RpcException(RpcErrorKind.Retryable, method, "transport failure: " + detail, e);
        }
        catch (IOException e)
        {
            throw new RpcException(RpcErrorKind.Retryable, method, "connection lost while reading the answer: " + e.Message, e);
        }
        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw new RpcException(RpcErrorKind.Fatal, method, "the answer is not JSON: " + e.Message, e);
        }
    }

    private async Task<byte[]> ReadCappedAsync(string method, HttpResponseMessage response, CancellationToken cancellation)
    {
        long cap = Options.MaxResponseBytes;
        if (response.Content.Headers.ContentLength is long declared && declared > cap)
            throw TooLarge(method, cap);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellation);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            int read = await stream.ReadAsync(chunk, cancellation);
            if (read == 0) return buffer.ToArray();
            if (buffer.Length + read > cap) throw TooLarge(method, cap);
            buffer.Write(chunk, 0, read);
        }
    }

    // Fatal: the same request would bring the same answer; the caller must ask for less.
    private static RpcException TooLarge(string method, long cap) =>
        new(RpcErrorKind.Fatal, method, $"the answer exceeds the {cap}-byte response cap");

    private async Task<T> WithRetriesAsync<T>(string method, Func<Task<T>> attempt, CancellationToken cancellation)
    {
        for (int n = 1; ; n++)
        {
            try
            {
                return await attempt();
            }
            catch (RpcException e) when (e.Kind == RpcErrorKind.Retryable && n < Options.MaxAttempts)
            {
                await Task.Delay(BackoffDelay(n), cancellation);
            }
            catch (RpcException e)
            {
                e.Attempts = n;
                throw;
            }
        }
    }

    /// <summary>Full-range exponential backoff with jitter in [d/2, d], so clients that failed together spread out.</summary>
    private TimeSpan BackoffDelay(int failedAttempts)
    {
        double exponential = Options.BaseDelay.TotalMilliseconds * Math.Pow(2, failedAttempts - 1);
        double capped = Math.Min(exponential, Options.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + Random.Shared.NextDouble() / 2));
    }
}
