using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rollup.Prover.Tests.Solidity;

/// <summary>
/// The few Ethereum JSON-RPC calls the verifier tests need, against a local dev node whose
/// accounts are unlocked (eth_sendTransaction signs on the node). A JSON-RPC error, such as a
/// revert, is an <see cref="EthRpcException"/>.
/// </summary>
internal sealed class EthRpcClient(Uri endpoint) : IDisposable
{
    private static readonly TimeSpan ReceiptTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient _http = new() { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(30) };
    private int _nextId;

    public void Dispose() => _http.Dispose();

    public async Task<ulong> ChainIdAsync() => Quantity(await RequestAsync("eth_chainId"));

    public async Task<string> FirstAccountAsync()
    {
        var accounts = await RequestAsync("eth_accounts");
        if (accounts.GetArrayLength() == 0) throw new InvalidOperationException("the node has no unlocked account");
        return accounts[0].GetString()!;
    }

    /// <summary>Sends a transaction from an unlocked account and waits for its receipt; throws if it reverted.</summary>
    public async Task<JsonElement> TransactAsync(string from, string? to, string data)
    {
        var tx = new JsonObject { ["from"] = from, ["data"] = data };
        if (to is not null) tx["to"] = to;
        var hash = (await RequestAsync("eth_sendTransaction", tx)).GetString()!;
        var receipt = await ReceiptAsync(hash);
        if (Quantity(receipt.GetProperty("status")) != 1) throw new EthRpcException($"transaction {hash} reverted");
        return receipt;
    }

    /// <param name="gas">The call's gas limit (intrinsic gas included); the node's default when null.</param>
    public async Task<byte[]> CallAsync(string to, string data, ulong? gas = null)
    {
        var call = new JsonObject { ["to"] = to, ["data"] = data };
        if (gas is { } limit) call["gas"] = "0x" + limit.ToString("x", CultureInfo.InvariantCulture);
        var result = await RequestAsync("eth_call", call, "latest");
        return Convert.FromHexString(result.GetString()![2..]);
    }

    public async Task<ulong> EstimateGasAsync(string from, string to, string data) =>
        Quantity(await RequestAsync("eth_estimateGas", new JsonObject { ["from"] = from, ["to"] = to, ["data"] = data }));

    public async Task<byte[]> GetCodeAsync(string address) =>
        Convert.FromHexString((await RequestAsync("eth_getCode", address, "latest")).GetString()![2..]);

    public static ulong Quantity(JsonElement hex) => ulong.Parse(hex.GetString()![2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private async Task<JsonElement> ReceiptAsync(string hash)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < ReceiptTimeout)
        {
            var receipt = await RequestAsync("eth_getTransactionReceipt", hash);
            if (receipt.ValueKind == JsonValueKind.Object) return receipt;
            await Task.Delay(50);
        }
        throw new TimeoutException($"no receipt for {hash} within {ReceiptTimeout.TotalSeconds} s");
    }

    private async Task<JsonElement> RequestAsync(string method, params JsonNode?[] parameters)
    {
        var request = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = Interlocked.Increment(ref _nextId),
            ["method"] = method,
            ["params"] = new JsonArray(parameters),
        };
        using var response = await _http.PostAsJsonAsync("", request);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        if (doc.RootElement.TryGetProperty("error", out var error))
            throw new EthRpcException($"{method} failed: {error.GetRawText()}");
        return doc.RootElement.GetProperty("result").Clone();
    }
}
