namespace Rollup.SettlementClient.Abi;

/// <summary>Splits name(type,...) into the name and the parsed parameter types.</summary>
internal static class AbiSignature
{
    public static (string Name, List<AbiType> Types) Split(string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        int open = signature.IndexOf('(');
        if (open <= 0 || !signature.EndsWith(')')) throw new AbiException($"malformed signature '{signature}'");
        var name = signature[..open].Trim();
        foreach (char c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '$')) throw new AbiException($"malformed name in signature '{signature}'");
        return (name, AbiTypeParser.ParseList(signature[(open + 1)..^1], signature));
    }
}
