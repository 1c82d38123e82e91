using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Tests.Contracts.Events;

namespace Rollup.SettlementClient.Tests.Sync;

/// <summary>
/// A JSON-RPC node in memory, as an HttpMessageHandler: a chain of blocks (hash of number and
/// fork), contract logs placed on blocks, and per-method faults a test switches on (a body to
/// answer instead, or a hang). Serves eth_blockNumber, eth_getBlockByNumber, eth_getLogs and
/// eth_getTransactionByHash, single and batched.
/// </summary>
internal sealed class ScriptedChain : HttpMessageHandler
{
    public const string Hang = "<hang>";

    private readonly object _gate = new();
    private readonly List<byte> _forks = new();
    private readonly Dictionary<(ulong Block, byte Fork), List<LogEntry>> _logs = new();

    public ScriptedChain(int length)
    {
        for (int i = 0; i < length; i++) _forks.Add(0);
    }

    /// <summary>Answer body (or <see cref="Hang"/>) by method name instead of the chain's answer.</summary>
    public Dictionary<string, string> Faults { get; } = new();

    public int Requests { get; private set; }

    public ulong Head
    {
        get
        {
            lock (_gate) return (ulong)_forks.Count - 1;
        }
    }

    public byte[] HashOf(ulong number)
    {
        lock (_gate) return EventLogs.Hash(number, _forks[(int)number]);
    }

    public void Grow(int blocks, byte fork = 0)
    {
        lock (_gate)
            for (int i = 0; i < blocks; i++) _forks.Add(fork);
    }

    /// <summary>Replaces every block from <paramref name="from"/> on by blocks of another fork, <paramref name="length"/> of them.</summary>
    public void Reorganise(ulong from, int length, byte fork)
    {
        lock (_gate)
        {
            _forks.RemoveRange((int)from, _forks.Count - (int)from);
            for (int i = 0; i < length; i++) _forks.Add(fork);
        }
    }

    /// <summary>Puts a log on the block as it is now (its fork); the log names that block's hash unless one is given.</summary>
    public void AddLog(Func<byte[], LogEntry> build, ulong block)
    {
        lock (_gate)
        {
            var key = (block, _forks[(int)block]);
            if (!_logs.TryGetValue(key, out var list)) _logs[key] = list = new();
            var log = build(HashOf(block));
            list.Add(log with { LogIndex = (ulong)list.Count });
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
        var root = document.RootElement;
        string body;
        lock (_gate)
        {
            Requests++;
            var calls = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToArray() : [root];
            var fault = calls.Select(c => Faults.GetValueOrDefault(c.GetProperty("method").GetString()!)).FirstOrDefault(f => f is not null);
            if (fault is null)
            {
                var answers = calls.Select(Answer).ToArray();
                body = root.ValueKind == JsonValueKind.Array ? "[" + string.Join(",", answers) + "]" : answers[0];
            }
            else body = fault;
        }
        if (body == Hang) await Task.Delay(Timeout.Infinite, cancellationToken);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }

    private string Answer(JsonElement call)
    {
        var parameters = call.GetProperty("params");
        JsonNode? result = call.GetProperty("method").GetString() switch
        {
            "eth_blockNumber" => RpcJson.Quantity(Head),
            "eth_getBlockByNumber" => Block(RpcJson.ReadUInt64(parameters[0])),
            "eth_getLogs" => Logs(RpcJson.ReadUInt64(parameters[0].GetProperty("fromBlock")), RpcJson.ReadUInt64(parameters[0].GetProperty("toBlock"))),
            var method => throw new InvalidOperationException("the scripted chain does not serve " + method),
        };
        return new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(call.GetProperty("id").GetRawText()), ["result"] = result }.ToJsonString();
    }

    private JsonObject? Block(ulong number) => number > Head ? null : new JsonObject
    {
        ["number"] = RpcJson.Quantity(number),
        ["hash"] = Hex.Encode(HashOf(number)),
        ["parentHash"] = Hex.Encode(number == 0 ? new byte[32] : HashOf(number - 1)),
        ["timestamp"] = RpcJson.Quantity(1_700_000_000 + number * 12),
        ["gasLimit"] = "0x1c9c380",
        ["gasUsed"] = "0x0",
        ["baseFeePerGas"] = "0x7",
        ["transactions"] = new JsonArray(),
    };

    private JsonArray Logs(ulong from, ulong to)
    {
        var array = new JsonArray();
        for (ulong n = from; n <= Math.Min(to, Head); n++)
        {
            if (!_logs.TryGetValue((n, _forks[(int)n]), out var list)) continue;
            foreach (var log in list)
                array.Add(new JsonObject
                {
                    ["address"] = log.Address.ToString(),
                    ["topics"] = new JsonArray(log.Topics.Select(t => (JsonNode)Hex.Encode(t)).ToArray()),
                    ["data"] = Hex.Encode(log.Data),
                    ["blockNumber"] = RpcJson.Quantity(n),
                    ["blockHash"] = Hex.Encode(log.BlockHash),
                    ["transactionHash"] = Hex.Encode(log.TransactionHash),
                    ["logIndex"] = RpcJson.Quantity(log.LogIndex),
                    ["removed"] = false,
                });
        }
        return array;
    }
}
