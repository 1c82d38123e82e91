using System.Text.Json;
using Microsoft.Extensions.Logging;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Json;
using Rollup.Sequencer.Rpc.Methods;
using Rollup.Sequencer.Rpc.RateLimiting;

namespace Rollup.Sequencer.Rpc.Dispatch;

public sealed partial class RpcDispatcher
{
    /// <summary>Runs one request object up to the point where its effect is fixed; a deferred rest is completed later.</summary>
    private async ValueTask<CallOutcome> CallAsync(JsonElement request, RpcCallContext context, CancellationTokenSource timeout, CancellationToken aborted)
    {
        if (!RpcEnvelope.TryRead(request, out var envelope, out var envelopeError))
            return new CallOutcome(true, envelope.Id, envelope.Method, null, null, envelopeError, null);

        if (!_registry.TryGet(envelope.Method, _listener, out var method))
            return new CallOutcome(envelope.HasId, envelope.Id, envelope.Method, null, null,
                new RpcError(RpcErrorCode.MethodNotFound, $"method not found: {envelope.Method}"), null);

        try
        {
            var parameters = method.ParseParams(envelope.Params);
            if (_limiter is not null) Charge(method, parameters, context);
            var result = await method.InvokeAsync(parameters, context, timeout.Token).ConfigureAwait(false);
            return result is DeferredResult pending
                ? new CallOutcome(envelope.HasId, envelope.Id, envelope.Method, null, method.ResultType, null, pending)
                : new CallOutcome(envelope.HasId, envelope.Id, envelope.Method, result, method.ResultType, null, null);
        }
        catch (Exception e) when (IsHandled(e, timeout, aborted))
        {
            return new CallOutcome(envelope.HasId, envelope.Id, envelope.Method, null, null, ToError(e, envelope.Method), null);
        }
    }

    private async ValueTask<CallOutcome> CompleteAsync(CallOutcome outcome, CancellationTokenSource timeout, CancellationToken aborted)
    {
        if (outcome.Pending is not { } pending) return outcome;
        try
        {
            var result = await pending.Completion.ConfigureAwait(false);
            return outcome with { Result = result, Pending = null };
        }
        catch (Exception e) when (IsHandled(e, timeout, aborted))
        {
            return outcome with { Error = ToError(e, outcome.Method), Pending = null };
        }
    }

    private void Charge(RpcMethod method, object parameters, RpcCallContext context)
    {
        // Writes are keyed by account and address together: the signature is only checked by the
        // engine, so a stranger naming someone's account must not drain that account's budget.
        var address = context.RemoteAddress?.ToString() ?? "unknown";
        var writeKey = method.RateKey(parameters);
        var (rateClass, key) = writeKey is null ? (RateClass.Read, "ip:" + address) : (RateClass.Write, writeKey + "@" + address);
        if (!_limiter!.TryAcquire(rateClass, key))
            throw new RpcException(RpcErrorCode.RateLimited,
                $"rate limited: too many {(writeKey is null ? "reads from this address" : "writes for " + writeKey + " from this address")}, retry later");
    }

    // A cancellation the client caused (it went away) is not answered; everything else is.
    private static bool IsHandled(Exception e, CancellationTokenSource timeout, CancellationToken aborted) =>
        e is not OperationCanceledException || (timeout.IsCancellationRequested && !aborted.IsCancellationRequested);

    private RpcError ToError(Exception e, string method)
    {
        switch (e)
        {
            case RpcException rpc:
                return rpc.Error;
            case OperationCanceledException:
                return new RpcError(RpcErrorCode.Timeout, $"{method} did not complete within {_timeout.TotalMilliseconds:0} ms");
            default:
                _logger.LogError(e, "RPC method {Method} failed", method);
                return new RpcError(RpcErrorCode.InternalError, "internal error");
        }
    }

    private static void WriteOutcome(Utf8JsonWriter writer, in CallOutcome outcome)
    {
        if (outcome.Error is { } error)
        {
            WriteError(writer, outcome.Id, hasId: true, error);
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("jsonrpc", "2.0");
        writer.WritePropertyName("id");
        outcome.Id.WriteTo(writer);
        writer.WritePropertyName("result");
        JsonSerializer.Serialize(writer, outcome.Result, outcome.ResultType!, RpcJson.Options);
        writer.WriteEndObject();
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
