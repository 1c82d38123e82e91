using System.Text.Json;
using Microsoft.Extensions.Logging;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Json;
using Rollup.Sequencer.Rpc.RateLimiting;
using Rollup.Sequencer.Rpc.Methods;

namespace Rollup.Sequencer.Rpc.Dispatch;

public sealed partial class RpcDispatcher
{
    /// <summary>Runs one request object and writes its response; false when it was a notification (nothing written).</summary>
    private async ValueTask<bool> CallAsync(JsonElement request, RpcCallContext context, Utf8JsonWriter writer, CancellationTokenSource timeout, CancellationToken aborted)
    {
        if (!RpcEnvelope.TryRead(request, out var envelope, out var envelopeError))
        {
            WriteError(writer, envelope.Id, hasId: true, envelopeError!);
            return true;
        }

        object? result = null;
        Type? resultType = null;
        RpcError? error = null;
        if (!_registry.TryGet(envelope.Method, _listener, out var method))
        {
            error = new RpcError(RpcErrorCode.MethodNotFound, $"method not found: {envelope.Method}");
        }
        else
        {
            try
            {
                var parameters = method.ParseParams(envelope.Params);
                if (_limiter is not null)
                {
                    // Writes are keyed by account and address together: the signature is only checked
                    // by the engine, so a stranger naming someone's account must not drain its budget.
                    var address = context.RemoteAddress?.ToString() ?? "unknown";
                    var writeKey = method.RateKey(parameters);
                    var (rateClass, key) = writeKey is null
                        ? (RateClass.Read, "ip:" + address)
                        : (RateClass.Write, writeKey + "@" + address);
                    if (!_limiter.TryAcquire(rateClass, key))
                        throw new RpcException(RpcErrorCode.RateLimited, $"rate limited: too many {(rateClass == RateClass.Write ? "writes for " + writeKey + " from this address" : "reads from this address")}, retry later");
                }
                result = await method.InvokeAsync(parameters, context, timeout.Token).ConfigureAwait(false);
                resultType = method.ResultType;
            }
            catch (RpcException e)
            {
                error = e.Error;
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !aborted.IsCancellationRequested)
            {
                error = new RpcError(RpcErrorCode.Timeout, $"{envelope.Method} did not complete within {_timeout.TotalMilliseconds:0} ms");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "RPC method {Method} failed", envelope.Method);
                error = new RpcError(RpcErrorCode.InternalError, "internal error");
            }
        }

        if (!envelope.HasId) return false;
        if (error is not null)
        {
            WriteError(writer, envelope.Id, hasId: true, error);
            return true;
        }
        writer.WriteStartObject();
        writer.WriteString("jsonrpc", "2.0");
        writer.WritePropertyName("id");
        envelope.Id.WriteTo(writer);
        writer.WritePropertyName("result");
        JsonSerializer.Serialize(writer, result, resultType!, RpcJson.Options);
        writer.WriteEndObject();
        return true;
    }

    private static void WriteError(Utf8JsonWriter writer, JsonElement id, bool hasId, RpcError error)
    {
        writer.WriteStartObject();
        writer.WriteString("jsonrpc", "2.0");
        writer.WritePropertyName("id");
        if (hasId && id.ValueKind is JsonValueKind.String or JsonValueKind.Number) id.WriteTo(writer);
        else writer.WriteNullValue();
        writer.WriteStartObject("error");
        writer.WriteNumber("code", (int)error.Code);
        writer.WriteString("message", error.Message);
        if (error.Data is { Count: > 0 })
        {
            writer.WriteStartObject("data");
            foreach (var (k, v) in error.Data) writer.WriteString(k, v);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
