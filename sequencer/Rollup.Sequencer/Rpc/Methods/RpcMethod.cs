using System.Text.Json;
using Rollup.Sequencer.Rpc.Errors;

namespace Rollup.Sequencer.Rpc.Methods;

/// <summary>
/// One registered method: its name, description, parameter and result types (which rpc.discover
/// turns into JSON schemas), the errors it may return, and how calls are rate-limited.
/// </summary>
public abstract class RpcMethod
{
    protected RpcMethod(string name, string summary, RpcAccess access, IReadOnlyList<RpcErrorCode> errors)
    {
        Name = name;
        Summary = summary;
        Access = access;
        Errors = errors;
    }

    public string Name { get; }
    public string Summary { get; }
    public RpcAccess Access { get; }
    public IReadOnlyList<RpcErrorCode> Errors { get; }
    public abstract Type ParamsType { get; }
    public abstract Type ResultType { get; }

    /// <summary>Parses the params (null when absent) strictly into the method's params record.</summary>
    internal abstract object ParseParams(JsonElement? parameters);

    /// <summary>The rate-limit key of a write (its account); null for reads, which are limited per remote address.</summary>
    internal abstract string? RateKey(object parameters);

    internal abstract ValueTask<object?> InvokeAsync(object parameters, RpcCallContext context, CancellationToken cancellation);
}
