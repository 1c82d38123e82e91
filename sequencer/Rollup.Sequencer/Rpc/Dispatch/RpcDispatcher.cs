using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Methods;
using Rollup.Sequencer.Rpc.RateLimiting;

namespace Rollup.Sequencer.Rpc.Dispatch;

/// <summary>
/// JSON-RPC 2.0 over one listener: parses a body (one request or a batch), runs each call
/// (strict params, rate limit, timeout) and writes the responses. Notifications get none; a
/// body of notifications only yields null. Transport-neutral: HTTP and WebSocket both use it.
/// Two phases: <see cref="BeginAsync"/> runs the calls in order up to the point where each takes
/// effect; the returned response completes the deferred rest (receipt signatures), so many
/// writes share one signature.
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
        var pending = await BeginAsync(body, context, cancellation).ConfigureAwait(false);
        return await pending.CompleteAsync().ConfigureAwait(false);
    }

    /// <summary>Writes the UTF-8 JSON response to <paramref name="output"/>; false (nothing written) when the body held only notifications. The body must stay unchanged until this completes.</summary>
    public async ValueTask<bool> HandleAsync(ReadOnlyMemory<byte> body, RpcCallContext context, IBufferWriter<byte> output, CancellationToken cancellation)
    {
        var pending = await BeginAsync(body, context, cancellation).ConfigureAwait(false);
        return await pending.CompleteAsync(output).ConfigureAwait(false);
    }

    /// <summary>Runs every call of the body, in order, up to the point where it takes effect.</summary>
    public async ValueTask<PendingResponse> BeginAsync(ReadOnlyMemory<byte> body, RpcCallContext context, CancellationToken cancellation)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException e)
        {
            return PendingResponse.Ready(ErrorOnly(new RpcError(RpcErrorCode.ParseError, "parse error: " + FirstSentence(e.Message))));
        }

        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        try
        {
            timeout.CancelAfter(_timeout);
            var root = document.RootElement;
            CallOutcome[] outcomes;
            bool batch = root.ValueKind == JsonValueKind.Array;
            if (batch)
            {
                int count = root.GetArrayLength();
                RpcError? refused = count == 0
                    ? new RpcError(RpcErrorCode.InvalidRequest, "invalid request: an empty batch")
                    : count > _maxBatchItems
                        ? new RpcError(RpcErrorCode.TooLarge, $"batch of {count} requests exceeds the limit of {_maxBatchItems}")
                        : null;
                if (refused is not null)
                {
                    Release(document, timeout);
                    return PendingResponse.Ready(ErrorOnly(refused));
                }
                // Every call runs synchronously up to its engine command being queued, so starting them
                // one after another queues them in batch order; only then are they awaited, so a batch
                // waits for one durable flush instead of one per call.
                var started = new Task<CallOutcome>[count];
                int i = 0;
                foreach (var item in root.EnumerateArray())
                    started[i++] = CallAsync(item, context, timeout, cancellation).AsTask();
                outcomes = new CallOutcome[count];
                for (i = 0; i < count; i++)
                    outcomes[i] = await started[i].ConfigureAwait(false);
            }
            else
            {
                outcomes = [await CallAsync(root, context, timeout, cancellation).ConfigureAwait(false)];
            }
            return new PendingResponse(this, document, timeout, outcomes, batch, cancellation);
        }
        catch
        {
            Release(document, timeout);
            throw;
        }
    }

    internal async ValueTask<bool> CompleteAsync(CallOutcome[] outcomes, bool batch, CancellationTokenSource timeout, CancellationToken aborted, IBufferWriter<byte> output)
    {
        bool any = false;
        for (int i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = await CompleteAsync(outcomes[i], timeout, aborted).ConfigureAwait(false);
            any |= outcomes[i].HasResponse;
        }
        if (!any) return false;

        using var writer = new Utf8JsonWriter(output);
        if (batch) writer.WriteStartArray();
        foreach (var outcome in outcomes)
            if (outcome.HasResponse) WriteOutcome(writer, outcome);
        if (batch) writer.WriteEndArray();
        writer.Flush();
        return true;
    }

    /// <summary>A response's likely size for a body of this many bytes: a receipt is about as long as the signed write it answers.</summary>
    public static int ResponseSizeHint(int bodyBytes) => Math.Max(1024, 2 * bodyBytes);

    internal static void Release(JsonDocument document, CancellationTokenSource timeout)
    {
        document.Dispose();
        timeout.Dispose();
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
