using System.Globalization;
using System.Text;
using System.Text.Json;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Addresses;

namespace Rollup.SettlementClient.Contracts.Deployment;

public sealed partial record RollupDeployment
{
    /// <summary>
    /// The JSON scripts/deploy-rollup.mjs prints: two-space indentation, EIP-55 addresses, the
    /// chain id as a decimal string and the deployment block as a number, in the script's order.
    /// </summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("chainId", ChainId.ToString(CultureInfo.InvariantCulture));
            WriteAddress(w, "deployer", Deployer);
            WriteAddress(w, "rollup", Rollup);
            WriteAddress(w, "collateral", Collateral);
            w.WriteBoolean("collateralIsDevnetToken", CollateralIsDevnetToken);
            WriteAddress(w, "verifier", Verifier);
            WriteAddress(w, "poseidonT3", PoseidonT3);
            WriteAddress(w, "poseidonT4", PoseidonT4);
            WriteAddress(w, "poseidonT8", PoseidonT8);
            WriteAddress(w, "sequencer", Sequencer);
            WriteAddress(w, "governance", Governance);
            WriteAddress(w, "guardian", Guardian);
            w.WriteNumber("deploymentBlock", DeploymentBlock);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Reads a deployment; every field is required and checked (addresses with EIP-55 when mixed-case).</summary>
    public static RollupDeployment FromJson(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException("deployment JSON does not parse: " + e.Message, e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FormatException("deployment JSON is not an object");
            return new RollupDeployment
            {
                ChainId = ReadUInt64(root, "chainId"),
                Deployer = ReadAddress(root, "deployer"),
                Rollup = ReadAddress(root, "rollup"),
                Collateral = ReadAddress(root, "collateral"),
                CollateralIsDevnetToken = Field(root, "collateralIsDevnetToken").ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw new FormatException("deployment JSON: collateralIsDevnetToken is not a boolean"),
                },
                Verifier = ReadAddress(root, "verifier"),
                PoseidonT3 = ReadAddress(root, "poseidonT3"),
                PoseidonT4 = ReadAddress(root, "poseidonT4"),
                PoseidonT8 = ReadAddress(root, "poseidonT8"),
                Sequencer = ReadAddress(root, "sequencer"),
                Governance = ReadAddress(root, "governance"),
                Guardian = ReadAddress(root, "guardian"),
                DeploymentBlock = ReadUInt64(root, "deploymentBlock"),
            };
        }
    }

    public static RollupDeployment Load(string path) => FromJson(File.ReadAllText(path));

    private static void WriteAddress(Utf8JsonWriter w, string name, L1Address address) =>
        w.WriteString(name, AddressChecksum.ToChecksumAddress(address));

    private static JsonElement Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value : throw new FormatException($"deployment JSON: {name} is missing");

    private static L1Address ReadAddress(JsonElement root, string name)
    {
        var value = Field(root, name);
        if (value.ValueKind != JsonValueKind.String) throw new FormatException($"deployment JSON: {name} is not a string");
        try
        {
            return AddressChecksum.Parse(value.GetString()!);
        }
        catch (FormatException e)
        {
            throw new FormatException($"deployment JSON: {name}: {e.Message}", e);
        }
    }

    /// <summary>The script writes chainId as a string (a bigint) and deploymentBlock as a number; both forms are read for either field.</summary>
    private static ulong ReadUInt64(JsonElement root, string name)
    {
        var value = Field(root, name);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var n)) return n;
        if (value.ValueKind == JsonValueKind.String && ulong.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out n)) return n;
        throw new FormatException($"deployment JSON: {name} is not an unsigned 64-bit integer");
    }
}
