using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.State;
using Rollup.SettlementClient.Addresses;

namespace Rollup.SettlementClient.Genesis;

/// <summary>
/// The genesis configuration as the operator publishes it (genesis.json): everything an
/// independent verifier needs to rebuild the state from the first batch. The contract stores
/// only the root, so a reader checks the file against it (<see cref="RollupState.Root"/> of a
/// fresh state). Reading is strict: every field is required, unknown fields are refused, numbers
/// are JSON integers in range and field elements decimal strings below r.
/// </summary>
public static class GenesisConfigJson
{
    private static readonly string[] TopFields =
        ["chainId", "verifyingContract", "accountsDepth", "fillsDepth", "risk", "underlyingStrikeSteps", "oracleKeys", "feeAccountOwner", "insuranceAccountOwner"];

    private static readonly string[] RiskFields =
    [
        "initialMarginBps", "initialMarginFloorBps", "maintenanceMarginBps", "liquidationPenaltyBps", "makerFeeBps", "takerFeeBps",
        "oracleQuorum", "maxPriceAgeSeconds", "maxExpiryHorizonDays", "maxSeriesPerExpiry", "maxStrikeSteps",
    ];

    public static string Write(GenesisConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var r = config.Risk;
        var keys = new JsonArray();
        foreach (var (x, y) in config.OracleKeys) keys.Add(new JsonArray(x.ToString(), y.ToString()));
        var steps = new JsonArray();
        foreach (var s in config.UnderlyingStrikeSteps) steps.Add(s);
        var json = new JsonObject
        {
            ["chainId"] = config.ChainId,
            ["verifyingContract"] = AddressChecksum.ToChecksumAddress(config.VerifyingContract),
            ["accountsDepth"] = config.AccountsDepth,
            ["fillsDepth"] = config.FillsDepth,
            ["risk"] = new JsonObject
            {
                ["initialMarginBps"] = r.InitialMarginBps,
                ["initialMarginFloorBps"] = r.InitialMarginFloorBps,
                ["maintenanceMarginBps"] = r.MaintenanceMarginBps,
                ["liquidationPenaltyBps"] = r.LiquidationPenaltyBps,
                ["makerFeeBps"] = r.MakerFeeBps,
                ["takerFeeBps"] = r.TakerFeeBps,
                ["oracleQuorum"] = r.OracleQuorum,
                ["maxPriceAgeSeconds"] = r.MaxPriceAgeSeconds,
                ["maxExpiryHorizonDays"] = r.MaxExpiryHorizonDays,
                ["maxSeriesPerExpiry"] = r.MaxSeriesPerExpiry,
                ["maxStrikeSteps"] = r.MaxStrikeSteps,
            },
            ["underlyingStrikeSteps"] = steps,
            ["oracleKeys"] = keys,
            ["feeAccountOwner"] = AddressChecksum.ToChecksumAddress(config.FeeAccountOwner),
            ["insuranceAccountOwner"] = AddressChecksum.ToChecksumAddress(config.InsuranceAccountOwner),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    public static GenesisConfig Read(string text)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new GenesisConfigException($"genesis: not JSON: {e.Message}", e);
        }
        var root = node as JsonObject ?? throw new GenesisConfigException("genesis: the top level is not an object");
        ExactFields(root, TopFields, "genesis");
        var risk = root["risk"] as JsonObject ?? throw new GenesisConfigException("genesis.risk is not an object");
        ExactFields(risk, RiskFields, "genesis.risk");

        var config = new GenesisConfig
        {
            ChainId = Integer(root, "chainId", 1, long.MaxValue, "genesis"),
            VerifyingContract = Address(root, "verifyingContract"),
            AccountsDepth = (int)Integer(root, "accountsDepth", 2, Limits.AccountIdBits, "genesis"),
            FillsDepth = (int)Integer(root, "fillsDepth", 1, Limits.OrderIdBits, "genesis"),
            Risk = new RiskParameters
            {
                InitialMarginBps = (ushort)Integer(risk, "initialMarginBps", 0, ushort.MaxValue, "genesis.risk"),
                InitialMarginFloorBps = (ushort)Integer(risk, "initialMarginFloorBps", 0, ushort.MaxValue, "genesis.risk"),
                MaintenanceMarginBps = (ushort)Integer(risk, "maintenanceMarginBps", 0, ushort.MaxValue, "genesis.risk"),
                LiquidationPenaltyBps = (ushort)Integer(risk, "liquidationPenaltyBps", 0, ushort.MaxValue, "genesis.risk"),
                MakerFeeBps = (ushort)Integer(risk, "makerFeeBps", 0, ushort.MaxValue, "genesis.risk"),
                TakerFeeBps = (ushort)Integer(risk, "takerFeeBps", 0, ushort.MaxValue, "genesis.risk"),
                OracleQuorum = (byte)Integer(risk, "oracleQuorum", 0, byte.MaxValue, "genesis.risk"),
                MaxPriceAgeSeconds = (uint)Integer(risk, "maxPriceAgeSeconds", 0, uint.MaxValue, "genesis.risk"),
                MaxExpiryHorizonDays = (ushort)Integer(risk, "maxExpiryHorizonDays", 0, ushort.MaxValue, "genesis.risk"),
                MaxSeriesPerExpiry = (ushort)Integer(risk, "maxSeriesPerExpiry", 0, ushort.MaxValue, "genesis.risk"),
                MaxStrikeSteps = (uint)Integer(risk, "maxStrikeSteps", 0, uint.MaxValue, "genesis.risk"),
            },
            UnderlyingStrikeSteps = StrikeSteps(root),
            OracleKeys = OracleKeys(root),
            FeeAccountOwner = Address(root, "feeAccountOwner"),
            InsuranceAccountOwner = Address(root, "insuranceAccountOwner"),
        };
        try
        {
            config.Validate();
        }
        catch (ArgumentException e)
        {
            throw new GenesisConfigException($"genesis: {e.Message}", e);
        }
        return config;
    }

    private static void ExactFields(JsonObject obj, string[] fields, string where)
    {
        foreach (var f in fields)
            if (!obj.ContainsKey(f)) throw new GenesisConfigException($"{where}.{f} is missing");
        foreach (var (name, _) in obj)
            if (Array.IndexOf(fields, name) < 0) throw new GenesisConfigException($"{where}.{name} is not a genesis field");
    }

    private static ulong Integer(JsonObject obj, string name, long min, long max, string where) =>
        Integer(obj[name], $"{where}.{name}", (ulong)min, (ulong)max);

    private static ulong Integer(JsonNode? node, string where, ulong min, ulong max)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number || !ulong.TryParse(value.ToJsonString(), NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            throw new GenesisConfigException($"{where} is not a non-negative JSON integer");
        if (v < min || v > max) throw new GenesisConfigException($"{where} = {v} is outside {min}..{max}");
        return v;
    }

    private static L1Address Address(JsonObject obj, string name)
    {
        var text = (obj[name] as JsonValue)?.GetValueKind() == JsonValueKind.String ? obj[name]!.GetValue<string>() : null;
        try
        {
            return text is null ? throw new GenesisConfigException($"genesis.{name} is not a string") : AddressChecksum.Parse(text);
        }
        catch (AddressFormatException e)
        {
            throw new GenesisConfigException($"genesis.{name}: {e.Message}", e);
        }
    }

    private static ulong[] StrikeSteps(JsonObject root)
    {
        var array = root["underlyingStrikeSteps"] as JsonArray ?? throw new GenesisConfigException("genesis.underlyingStrikeSteps is not an array");
        var steps = new ulong[array.Count];
        for (int i = 0; i < steps.Length; i++) steps[i] = Integer(array[i], $"genesis.underlyingStrikeSteps[{i}]", 1, Limits.MaxPrice);
        return steps;
    }

    private static (Fr X, Fr Y)[] OracleKeys(JsonObject root)
    {
        var array = root["oracleKeys"] as JsonArray ?? throw new GenesisConfigException("genesis.oracleKeys is not an array");
        var keys = new (Fr, Fr)[array.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            if (array[i] is not JsonArray pair || pair.Count != 2) throw new GenesisConfigException($"genesis.oracleKeys[{i}] is not an [x, y] pair");
            keys[i] = (Field(pair[0], $"genesis.oracleKeys[{i}][0]"), Field(pair[1], $"genesis.oracleKeys[{i}][1]"));
        }
        return keys;
    }

    private static Fr Field(JsonNode? node, string where)
    {
        var text = (node as JsonValue)?.GetValueKind() == JsonValueKind.String ? node!.GetValue<string>() : null;
        if (text is null || text.Length == 0 || !text.All(char.IsAsciiDigit) || !Fr.TryParse(text, out var f))
            throw new GenesisConfigException($"{where} is not a decimal field element below r");
        return f;
    }
}
