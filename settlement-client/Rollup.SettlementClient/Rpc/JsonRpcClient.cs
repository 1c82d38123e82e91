using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rollup.SettlementClient.Rpc;

/// <summary>
/// JSON-RPC 2.0 over HTTP: single calls and batches, a timeout per exchange, a cap on the response
/// size and retries with exponential backoff and jitter for retryable failures only
/// (<see cref="RpcErrorClassifier"/>). Every failure is an <see cref="RpcException"/>.
/// </summary>
public sealed partial class JsonRpcClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Uri _endpoint;
    private long _nextId;

    public JsonRpcClient(Uri endpoint, JsonRpcClientOptions? options = null)
        : this(endpoint, new HttpClient(), options, ownsHttp: true) { }

    /// <param name="http">Used as given; its own Timeout should not be shorter than the options' timeout.</param>
    public JsonRpcClient(Uri endpoint, HttpClient http, JsonRpcClientOptions? options = null)
        : this(endpoint, http, options, ownsHttp: false) { }

    private JsonRpcClient(Uri endpoint, HttpClient http, JsonRpcClientOptions? options, bool ownsHttp)
    {
        if (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)
            throw new ArgumentException("the endpoint must be an http(s) URL", nameof(endpoint));
        Options = options ?? new JsonRpcClientOptions();
        Options.Validate();
        _endpoint = endpoint;
        _http = http;
        _ownsHttp = ownsHttp;
        if (ownsHttp) _http.Timeout = Timeout.InfiniteTimeSpan; // the per-call timeout is ours
    }

    public JsonRpcClientOptions Options { get; }

    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }

    /// <summary>One call; a JSON-RPC error is thrown after retries if it is retryable.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonNode?[] parameters, CancellationToken cancellation = default)
    {
        return await WithRetriesAsync(method, async () =>
        {
            long id = Interlocked.Increment(ref _nextId);
            var body = RequestObject(id, method, parameters).ToJsonString();
            using var document = await ExchangeAsync(method, body, cancellation);
            return ReadResponse(method, id, document.RootElement).GetValueOrThrow().Clone();
        }, cancellation);
    }

    public Task<JsonElement> SendAsync(string method, CancellationToken cancellation = default) => SendAsync(method, [], cancellation);

    /// <summary>One call with by-name parameters (a params object), for servers that take only those.</summary>
    public async Task<JsonElement> SendNamedAsync(string method, JsonObject namedParameters, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(namedParameters);
        return await WithRetriesAsync(method, async () =>
        {
            long id = Interlocked.Increment(ref _nextId);
            var body = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = namedParameters.DeepClone() }.ToJsonString();
            using var document = await ExchangeAsync(method, body, cancellation);
            return ReadResponse(method, id, document.RootElement).GetValueOrThrow().Clone();
        }, cancellation);
    }

    /// <summary>
    /// Several calls in one HTTP request; answers are matched by id and returned in request order.
    /// A call's own error is in its <see cref="RpcResult"/>; the batch is resent (whole) when the
    /// transport failed retryably or any call's error is retryable.
    /// </summary>
    public async Task<RpcResult[]> SendBatchAsync(IReadOnlyList<RpcRequest> requests, CancellationToken cancellation = default)
    {
        if (requests.Count == 0) throw new ArgumentException("a batch holds at least one call", nameof(requests));
        const string label = "batch";
        return await WithRetriesAsync(label, async () =>
        {
            var ids = new long[requests.Count];
            var array = new JsonArray();
            for (int i = 0; i < requests.Count; i++)
            {
                ids[i] = Interlocked.Increment(ref _nextId);
                array.Add(RequestObject(ids[i], requests[i].Method, requests[i].Parameters));
            }
            using var document = await ExchangeAsync(label, array.ToJsonString(), cancellation);
            var results = MatchBatch(requests, ids, document.RootElement);
            foreach (var result in results)
                if (result.Error is { Kind: RpcErrorKind.Retryable } retryable) throw retryable;
            return results;
        }, cancellation);
    }

    private static JsonObject RequestObject(long id, string method, JsonNode?[] parameters)
    {
        var array = new JsonArray();
        foreach (var p in parameters) array.Add(p?.DeepClone());
        return new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = array };
    }
}
