using System.Globalization;
using System.Net;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rollup.Core.Hashing;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Transactions;

namespace Rollup.SettlementClient.Tests.TxManager;

/// <summary>
/// An in-process JSON-RPC node for edge cases anvil cannot be made to produce on cue: every
/// eth_sendRawTransaction is answered by <see cref="OnSend"/> (null accepts, a string is the error
/// message), and a test mines a transaction with <see cref="Mine"/>. Fees are constant.
/// </summary>
internal sealed class ScriptedNode : HttpMessageHandler
{
    private readonly object _gate = new();
    private readonly Dictionary<string, (ulong Block, byte[] Hash)> _receipts = [];

    public ulong ChainId { get; init; } = 31337;
    public BigInteger BaseFee { get; init; } = 1_000_000_000;
    public BigInteger Tip { get; init; } = 1_000_000_000;
    public ulong Head { get; set; } = 100;
    /// <summary>The sender's mined (and pending) transaction count; a test raises it to play another sender using the key.</summary>
    public ulong MinedNonce { get; set; }

    /// <summary>Answer to the n-th send (0-based) of a decoded transaction: null accepts it.</summary>
    public Func<int, SignedTransaction1559, string?> OnSend { get; set; } = (_, _) => null;

    public List<SignedTransaction1559> Sent { get; } = [];

    public EthClient Client() => new(new JsonRpcClient(new Uri("http://scripted.invalid/"), new HttpClient(this), AnvilNode.FastRpc));

    /// <summary>Puts the transaction in a new block and advances the head by <paramref name="blocks"/>.</summary>
    public void Mine(SignedTransaction1559 tx, int blocks = 1)
    {
        lock (_gate)
        {
            Head++;
            _receipts[Hex.Encode(tx.GetHash())] = (Head, BlockHash(Head));
            MinedNonce = (ulong)tx.Transaction.Nonce + 1;
            Head += (ulong)blocks - 1;
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
        var call = document.RootElement;
        var id = call.GetProperty("id").GetInt64();
        var parameters = call.GetProperty("params");
        JsonNode? result;
        string? error = null;
        lock (_gate)
        {
            (result, error) = Answer(call.GetProperty("method").GetString()!, parameters);
        }
        var body = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id };
        if (error is not null) body["error"] = new JsonObject { ["code"] = -32000, ["message"] = error };
        else body["result"] = result;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
    }

    private (JsonNode? Result, string? Error) Answer(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "eth_chainId":
                return (RpcJson.Quantity(ChainId), null);
            case "eth_blockNumber":
                return (RpcJson.Quantity(Head), null);
            case "eth_getTransactionCount":
                return (RpcJson.Quantity(MinedNonce), null);
            case "eth_estimateGas":
                return (RpcJson.Quantity(21_000), null);
            case "eth_feeHistory":
                return (new JsonObject
                {
                    ["oldestBlock"] = RpcJson.Quantity(Head),
                    ["baseFeePerGas"] = new JsonArray(RpcJson.Quantity(BaseFee), RpcJson.Quantity(BaseFee)),
                    ["gasUsedRatio"] = new JsonArray(0.5),
                    ["reward"] = new JsonArray(new JsonArray(RpcJson.Quantity(Tip))),
                }, null);
            case "eth_sendRawTransaction":
                var tx = Transaction1559Decoder.Decode(Hex.Decode(parameters[0].GetString()!));
                int index = Sent.Count;
                Sent.Add(tx);
                var refusal = OnSend(index, tx);
                return refusal is null ? (Hex.Encode(tx.GetHash()), null) : (null, refusal);
            case "eth_getTransactionReceipt":
                var hash = parameters[0].GetString()!;
                if (!_receipts.TryGetValue(hash, out var mined)) return (null, null);
                return (new JsonObject
                {
                    ["transactionHash"] = hash,
                    ["blockNumber"] = RpcJson.Quantity(mined.Block),
                    ["blockHash"] = Hex.Encode(mined.Hash),
                    ["status"] = "0x1",
                    ["gasUsed"] = RpcJson.Quantity(21_000),
                    ["effectiveGasPrice"] = RpcJson.Quantity(BaseFee + Tip),
                    ["contractAddress"] = null,
                    ["logs"] = new JsonArray(),
                }, null);
            case "eth_getBlockByNumber":
                var number = ulong.Parse(parameters[0].GetString()![2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                return (new JsonObject
                {
                    ["number"] = RpcJson.Quantity(number),
                    ["hash"] = Hex.Encode(BlockHash(number)),
                    ["parentHash"] = Hex.Encode(BlockHash(number - 1)),
                    ["timestamp"] = RpcJson.Quantity(number),
                    ["gasLimit"] = RpcJson.Quantity(30_000_000),
                    ["gasUsed"] = "0x0",
                    ["baseFeePerGas"] = RpcJson.Quantity(BaseFee),
                    ["transactions"] = new JsonArray(),
                }, null);
            default:
                return (null, "method not scripted: " + method);
        }
    }

    private static byte[] BlockHash(ulong number) => Keccak256.Hash(BitConverter.GetBytes(number));
}
