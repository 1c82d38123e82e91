using System.Text.Json;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Json;

namespace Rollup.Sequencer.Rpc.Methods;

/// <summary>A method whose params deserialize into <typeparamref name="TParams"/> and whose result is a <typeparamref name="TResult"/>.</summary>
public sealed class RpcMethod<TParams, TResult> : RpcMethod
    where TParams : class
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private readonly Func<TParams, RpcCallContext, CancellationToken, ValueTask<TResult>>? _handler;
    private readonly Func<TParams, RpcCallContext, CancellationToken, ValueTask<Task<TResult>>>? _deferred;
    private readonly Func<TParams, string?>? _rateKey;

    public RpcMethod(
        string name,
        string summary,
        RpcAccess access,
        IReadOnlyList<RpcErrorCode> errors,
        Func<TParams, RpcCallContext, CancellationToken, ValueTask<TResult>> handler,
        Func<TParams, string?>? rateKey = null)
        : base(name, summary, access, errors)
    {
        _handler = handler;
        _rateKey = rateKey;
    }

    private RpcMethod(
        string name,
        string summary,
        RpcAccess access,
        IReadOnlyList<RpcErrorCode> errors,
        Func<TParams, RpcCallContext, CancellationToken, ValueTask<Task<TResult>>> deferred,
        Func<TParams, string?>? rateKey)
        : base(name, summary, access, errors)
    {
        _deferred = deferred;
        _rateKey = rateKey;
    }

    /// <summary>
    /// A method whose handler returns once its effect is fixed (a write: accepted in order) with a
    /// task for the rest of its result (the receipt's signature). The dispatcher starts every call
    /// of a batch in order and only then awaits these tasks, so a batch of writes shares receipt
    /// signatures instead of waiting for one per call.
    /// </summary>
    public static RpcMethod<TParams, TResult> Deferred(
        string name,
        string summary,
        RpcAccess access,
        IReadOnlyList<RpcErrorCode> errors,
        Func<TParams, RpcCallContext, CancellationToken, ValueTask<Task<TResult>>> handler,
        Func<TParams, string?>? rateKey = null) =>
        new(name, summary, access, errors, handler, rateKey);

    public override Type ParamsType => typeof(TParams);
    public override Type ResultType => typeof(TResult);

    internal override object ParseParams(JsonElement? parameters)
    {
        var element = parameters ?? EmptyObject;
        if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() == 0) element = EmptyObject;
        if (element.ValueKind != JsonValueKind.Object)
            throw RpcException.InvalidParams("params", "must be an object of named parameters");
        try
        {
            return element.Deserialize<TParams>(RpcJson.Options)
                ?? throw RpcException.InvalidParams("params", "must be an object of named parameters");
        }
        catch (JsonException e)
        {
            throw JsonErrorTranslator.ToInvalidParams(e, typeof(TParams));
        }
    }

    internal override string? RateKey(object parameters) => _rateKey?.Invoke((TParams)parameters);

    internal override async ValueTask<object?> InvokeAsync(object parameters, RpcCallContext context, CancellationToken cancellation)
    {
        if (_handler is not null) return await _handler((TParams)parameters, context, cancellation).ConfigureAwait(false);
        var rest = await _deferred!((TParams)parameters, context, cancellation).ConfigureAwait(false);
        return new DeferredResult(Box(rest));
    }

    private static async Task<object?> Box(Task<TResult> task) => await task.ConfigureAwait(false);
}
