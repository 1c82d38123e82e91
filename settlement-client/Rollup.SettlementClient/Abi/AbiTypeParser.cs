using System.Globalization;

namespace Rollup.SettlementClient.Abi;

/// <summary>Parses type strings such as uint256, bytes32[2][], tuple(uint64,bytes)[] or (address,bool).</summary>
internal static class AbiTypeParser
{
    public static AbiType Parse(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var text = type.Trim();
        if (text.Length == 0) throw new AbiException("empty ABI type");
        if (text.EndsWith(']'))
        {
            int open = text.LastIndexOf('[');
            if (open <= 0) throw new AbiException($"malformed array type '{type}'");
            var inner = text[..open];
            var lengthText = text[(open + 1)..^1];
            if (lengthText.Length == 0) return AbiType.Array(Parse(inner));
            if (!int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out int length) || (lengthText.Length > 1 && lengthText[0] == '0'))
                throw new AbiException($"malformed array length in '{type}'");
            return AbiType.Array(Parse(inner), length);
        }
        if (text.StartsWith("tuple(", StringComparison.Ordinal)) text = text[5..];
        if (text.StartsWith('('))
        {
            if (!text.EndsWith(')')) throw new AbiException($"malformed tuple type '{type}'");
            return AbiType.Tuple(ParseList(text[1..^1], type));
        }
        return text switch
        {
            "address" => AbiType.Address,
            "bool" => AbiType.Bool,
            "bytes" => AbiType.Bytes,
            "string" => AbiType.String,
            "uint" => AbiType.UInt(256),
            "int" => AbiType.Int(256),
            _ when text.StartsWith("uint", StringComparison.Ordinal) => AbiType.UInt(ParseSize(text[4..], type)),
            _ when text.StartsWith("int", StringComparison.Ordinal) => AbiType.Int(ParseSize(text[3..], type)),
            _ when text.StartsWith("bytes", StringComparison.Ordinal) => AbiType.FixedBytes(ParseSize(text[5..], type)),
            _ => throw new AbiException($"unknown ABI type '{type}'"),
        };
    }

    /// <summary>Splits a comma-separated component list at depth zero.</summary>
    public static List<AbiType> ParseList(string list, string whole)
    {
        var result = new List<AbiType>();
        if (list.Trim().Length == 0) return result;
        int depth = 0, start = 0;
        for (int i = 0; i < list.Length; i++)
        {
            char c = list[i];
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) throw new AbiException($"unbalanced parentheses in '{whole}'");
            else if (c == ',' && depth == 0)
            {
                result.Add(Parse(list[start..i]));
                start = i + 1;
            }
        }
        if (depth != 0) throw new AbiException($"unbalanced parentheses in '{whole}'");
        result.Add(Parse(list[start..]));
        return result;
    }

    private static int ParseSize(string digits, string whole)
    {
        if (digits.Length == 0 || digits[0] == '0' || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int size))
            throw new AbiException($"unknown ABI type '{whole}'");
        return size;
    }
}
