using System.Numerics;
using System.Globalization;
using System.Text.Json;

namespace Rollup.SettlementClient.Rpc;

/// <summary>
/// eth_feeHistory: base fees of the blocks asked for plus the next one, the gas-used ratios, and the
/// priority-fee rewards at the requested percentiles (empty when none were asked).
/// </summary>
public sealed record FeeHistory(
    ulong OldestBlock,
    IReadOnlyList<BigInteger> BaseFeePerGas,
    IReadOnlyList<double> GasUsedRatio,
    IReadOnlyList<IReadOnlyList<BigInteger>> Reward)
{
    public static FeeHistory Read(JsonElement json)
    {
        var baseFees = new List<BigInteger>();
        foreach (var fee in Array(json, "baseFeePerGas")) baseFees.Add(RpcJson.ReadQuantity(fee));
        var ratios = new List<double>();
        foreach (var ratio in Array(json, "gasUsedRatio"))
            ratios.Add(ratio.ValueKind == JsonValueKind.Number ? ratio.GetDouble() : throw new FormatException("gasUsedRatio holds numbers"));
        var rewards = new List<IReadOnlyList<BigInteger>>();
        if (RpcJson.OptionalProperty(json, "reward") is { } rewardJson)
        {
            if (rewardJson.ValueKind != JsonValueKind.Array) throw new FormatException("reward is an array");
            foreach (var row in rewardJson.EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Array) throw new FormatException("a reward row is an array");
                var values = new List<BigInteger>();
                foreach (var r in row.EnumerateArray()) values.Add(RpcJson.ReadQuantity(r));
                rewards.Add(values);
            }
        }
        if (baseFees.Count != ratios.Count + 1)
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{ratios.Count} blocks need {ratios.Count + 1} base fees, not {baseFees.Count}"));
        return new FeeHistory(RpcJson.ReadUInt64(RpcJson.Property(json, "oldestBlock")), baseFees, ratios, rewards);
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement json, string name)
    {
        var value = RpcJson.Property(json, name);
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw new FormatException($"{name} is an array");
    }
}
