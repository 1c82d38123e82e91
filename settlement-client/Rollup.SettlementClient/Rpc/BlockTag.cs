using System.Text.Json.Nodes;

namespace Rollup.SettlementClient.Rpc;

/// <summary>A block parameter: a number or one of the named tags.</summary>
public readonly record struct BlockTag
{
    private readonly string _text;

    private BlockTag(string text) => _text = text;

    public static BlockTag Latest => new("latest");
    public static BlockTag Pending => new("pending");
    public static BlockTag Earliest => new("earliest");
    public static BlockTag Safe => new("safe");
    public static BlockTag Finalized => new("finalized");

    public static BlockTag Number(ulong number) => new(RpcJson.Quantity(number));

    public JsonNode ToJson() => JsonValue.Create(_text ?? "latest");

    public override string ToString() => _text ?? "latest";
}
