using System.Text.Json.Nodes;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Rpc;

/// <summary>
/// An eth_getLogs filter over a closed block range. Topics are positional; a null position
/// matches anything, several values at one position match any of them.
/// </summary>
public sealed record LogFilter
{
    public required ulong FromBlock { get; init; }
    public required ulong ToBlock { get; init; }
    public IReadOnlyList<L1Address> Addresses { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<byte[]>?> Topics { get; init; } = [];

    internal JsonObject ToJson(ulong from, ulong to)
    {
        var json = new JsonObject { ["fromBlock"] = RpcJson.Quantity(from), ["toBlock"] = RpcJson.Quantity(to) };
        if (Addresses.Count == 1) json["address"] = Addresses[0].ToString();
        else if (Addresses.Count > 1)
        {
            var addresses = new JsonArray();
            foreach (var a in Addresses) addresses.Add(a.ToString());
            json["address"] = addresses;
        }
        if (Topics.Count > 0)
        {
            var topics = new JsonArray();
            foreach (var position in Topics)
            {
                if (position is null)
                {
                    topics.Add(null);
                    continue;
                }
                var any = new JsonArray();
                foreach (var t in position)
                {
                    if (t.Length != 32) throw new ArgumentException("a topic is 32 bytes");
                    any.Add(Hex.Encode(t));
                }
                topics.Add(any);
            }
            json["topics"] = topics;
        }
        return json;
    }
}
