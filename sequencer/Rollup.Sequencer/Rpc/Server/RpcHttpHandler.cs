using System.Buffers;
using Microsoft.AspNetCore.Http;
using Rollup.Sequencer.Rpc.Dispatch;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Methods;

namespace Rollup.Sequencer.Rpc.Server;

/// <summary>
/// POST / : reads the body up to the size limit (refusing a larger Content-Length before reading
/// any of it, and a larger chunked body as soon as it passes the limit) and answers 200 with the
/// JSON-RPC response, 204 for notifications only, 413 for an oversized body.
/// </summary>
public static class RpcHttpHandler
{
    public static async Task HandleAsync(HttpContext http, RpcDispatcher dispatcher, int maxBodyBytes)
    {
        if (http.Request.ContentLength is { } length && length > maxBodyBytes)
        {
            await TooLargeAsync(http, maxBodyBytes).ConfigureAwait(false);
            return;
        }
        var body = await ReadBodyAsync(http.Request.Body, maxBodyBytes, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await TooLargeAsync(http, maxBodyBytes).ConfigureAwait(false);
            return;
        }
        var context = new RpcCallContext(http.Connection.RemoteIpAddress, dispatcher.Listener);
        var response = await dispatcher.HandleAsync(body, context, http.RequestAborted).ConfigureAwait(false);
        if (response is null)
        {
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }
        await WriteAsync(http, StatusCodes.Status200OK, response).ConfigureAwait(false);
    }

    private static async Task<byte[]?> ReadBodyAsync(Stream stream, int limit, CancellationToken cancellation)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, 16 * 1024));
        int used = 0;
        try
        {
            while (true)
            {
                if (used == buffer.Length)
                {
                    if (used > limit) return null;
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, used).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                int read = await stream.ReadAsync(buffer.AsMemory(used), cancellation).ConfigureAwait(false);
                if (read == 0) break;
                used += read;
                if (used > limit) return null;
            }
            return buffer.AsSpan(0, used).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Task TooLargeAsync(HttpContext http, int limit)
    {
        // The rest of the body is never read: the connection is closed after this response.
        http.Response.Headers.Connection = "close";
        return WriteAsync(http, StatusCodes.Status413PayloadTooLarge,
            RpcDispatcher.ErrorOnly(new RpcError(RpcErrorCode.InvalidRequest, $"invalid request: the body exceeds the limit of {limit} bytes")));
    }

    private static async Task WriteAsync(HttpContext http, int status, byte[] json)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = json.Length;
        await http.Response.Body.WriteAsync(json, http.RequestAborted).ConfigureAwait(false);
    }
}
