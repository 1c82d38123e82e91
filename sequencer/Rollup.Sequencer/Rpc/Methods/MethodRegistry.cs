using System.Text.Json.Nodes;
using Rollup.Sequencer.Rpc.Discovery;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Requests;

namespace Rollup.Sequencer.Rpc.Methods;

/// <summary>
/// The methods the server knows, by name. Each listener sees a view: the public one only
/// public methods, the admin one all. rpc.discover is registered here and describes exactly
/// the view it is called on.
/// </summary>
public sealed class MethodRegistry
{
    public const string DiscoverMethod = "rpc.discover";

    private readonly Dictionary<string, RpcMethod> _methods = new(StringComparer.Ordinal);
    private readonly Lazy<JsonObject> _publicDocument;
    private readonly Lazy<JsonObject> _adminDocument;

    public MethodRegistry()
    {
        _publicDocument = new(() => OpenRpcDocument.Build(MethodsFor(RpcAccess.Public)));
        _adminDocument = new(() => OpenRpcDocument.Build(MethodsFor(RpcAccess.Admin)));
        Add(new RpcMethod<EmptyParams, JsonObject>(
            DiscoverMethod, "The OpenRPC document of this listener's methods.", RpcAccess.Public, [],
            (_, context, _) => ValueTask.FromResult(Document(context.Listener))));
    }

    public void Add(RpcMethod method)
    {
        if (!_methods.TryAdd(method.Name, method)) throw new InvalidOperationException($"method {method.Name} is registered twice");
    }

    /// <summary>The method if the listener serves it; admin methods are invisible to the public listener.</summary>
    public bool TryGet(string name, RpcAccess listener, out RpcMethod method)
    {
        if (_methods.TryGetValue(name, out method!) && (method.Access == RpcAccess.Public || listener == RpcAccess.Admin)) return true;
        method = null!;
        return false;
    }

    public IReadOnlyList<RpcMethod> MethodsFor(RpcAccess listener)
    {
        var list = new List<RpcMethod>(_methods.Count);
        foreach (var m in _methods.Values)
            if (m.Access == RpcAccess.Public || listener == RpcAccess.Admin) list.Add(m);
        list.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return list;
    }

    private JsonObject Document(RpcAccess listener) =>
        (JsonObject)(listener == RpcAccess.Admin ? _adminDocument.Value : _publicDocument.Value).DeepClone();

    internal static IReadOnlyList<RpcErrorCode> CommonErrors { get; } =
        [RpcErrorCode.InvalidParams, RpcErrorCode.InternalError, RpcErrorCode.RateLimited, RpcErrorCode.Timeout];
}
