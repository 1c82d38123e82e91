using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.RateLimiting;
using Rollup.Sequencer.Rpc.Methods;

namespace Rollup.Sequencer.Rpc.Dispatch;

/// <summary>
/// JSON-RPC 2.0 over one listener: parses a body (one request or a batch), runs each call
/// (strict params, rate limit, timeout) and writes the responses. Notifications get none; a
/// body of notifications only yields null. Transport-neutral: HTTP and WebSocket both use it.
/// </summary>
public sealed partial class RpcDispatcher
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 32,
    };

    private readonly MethodRegistry _registry;
    private readonly RpcAccess _listener;
    private readonly TokenBucketRateLimiter? _limiter;
    private readonly int _maxBatchItems;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;

    public RpcDispatcher(MethodRegistry registry, RpcAccess listener, TokenBucketRateLimiter? limiter, int maxBatchItems, TimeSpan timeout, ILogger logger)
    {
        _registry = registry;
        _listener = listener;
        _limiter = limiter;
        _maxBatchItems = maxBatchItems;
        _timeout = timeout;
        _logger = logger;
    }

    public RpcAccess Listener => _listener;

    /// <summary>The UTF-8 JSON response, or null when the body held only notifications.</summary>
    public async ValueTask<byte[]?> HandleAsync(ReadOnlyMemory<byte> body, RpcCallContext context, CancellationToken cancellation)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException e)
        {
            return ErrorOnly(new RpcError(RpcErrorCode.ParseError, "parse error: " + FirstSentence(e.Message)));
        }

        using (document)
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
        {
            timeout.CancelAfter(_timeout);
            var root = document.RootElement;
            var buffer = new ArrayBufferWriter<byte>(256);
            await using (var writer = new Utf8JsonWriter(buffer))
            {
                if (root.ValueKind == JsonValueKind.Array)
                {
                    int count = root.GetArrayLength();
                    if (count == 0) return ErrorOnly(new RpcError(RpcErrorCode.InvalidRequest, "invalid request: an empty batch"));
                    if (count > _maxBatchItems)
                        return ErrorOnly(new RpcError(RpcErrorCode.TooLarge, $"batch of {count} requests exceeds the limit of {_maxBatchItems}"));
                    bool any = false;
                    writer.WriteStartArray();
                    foreach (var item in root.EnumerateArray())
                        any |= await CallAsync(item, context, writer, timeout, cancellation).ConfigureAwait(false);
                    writer.WriteEndArray();
                    if (!any) return null;
                }
                else if (!await CallAsync(root, context, writer, timeout, cancellation).ConfigureAwait(false))
                {
                    return null;
                }
            }
            return buffer.WrittenSpan.ToArray();
        }
    }

    /// <summary>A response carrying only an error with a null id: for bodies that are not requests at all.</summary>
    public static byte[] ErrorOnly(RpcError error)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
            WriteError(writer, default, hasId: true, error);
        return buffer.WrittenSpan.ToArray();
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
