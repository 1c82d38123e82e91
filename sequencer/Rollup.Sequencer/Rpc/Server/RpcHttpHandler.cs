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
        var (body, used) = await ReadBodyAsync(http.Request.Body, maxBodyBytes, http.RequestAborted).ConfigureAwait(false);
        // The parsed document reads the rented body until the response is written: it goes back to
        // the pool only then, so a request costs no copy of its body.
        try
        {
            if (used > maxBodyBytes)
            {
                await TooLargeAsync(http, maxBodyBytes).ConfigureAwait(false);
                return;
            }
            var context = new RpcCallContext(http.Connection.RemoteIpAddress, dispatcher.Listener);
            using var response = new PooledBufferWriter(RpcDispatcher.ResponseSizeHint(used));
            if (!await dispatcher.HandleAsync(body.AsMemory(0, used), context, response, http.RequestAborted).ConfigureAwait(false))
            {
                http.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }
            await WriteAsync(http, StatusCodes.Status200OK, response.WrittenMemory).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }

    /// <summary>The body in a rented array (the caller returns it) and its length; a length above the limit means the body is larger than allowed and was not read further.</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(Stream stream, int limit, CancellationToken cancellation)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, 16 * 1024));
        int used = 0;
        try
        {
            while (used <= limit)
            {
                if (used == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, used).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                int read = await stream.ReadAsync(buffer.AsMemory(used), cancellation).ConfigureAwait(false);
                if (read == 0) break;
                used += read;
            }
            return (buffer, used);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static Task TooLargeAsync(HttpContext http, int limit)
    {
        // The rest of the body is never read: the connection is closed after this response.
        http.Response.Headers.Connection = "close";
        return WriteAsync(http, StatusCodes.Status413PayloadTooLarge,
            RpcDispatcher.ErrorOnly(new RpcError(RpcErrorCode.InvalidRequest, $"invalid request: the body exceeds the limit of {limit} bytes")));
    }

    private static async Task WriteAsync(HttpContext http, int status, ReadOnlyMemory<byte> json)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = json.Length;
        await http.Response.Body.WriteAsync(json, http.RequestAborted).ConfigureAwait(false);
    }
}
