using System.Numerics;
using System.Text;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Addresses;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Contracts.Reverts;

/// <summary>A custom error decoded with its ABI: name and arguments in declaration order.</summary>
public sealed class DecodedContractError(ContractError error, object?[] arguments)
{
    public ContractError Error { get; } = error;
    public string Name => Error.Name;
    public IReadOnlyList<object?> Arguments { get; } = arguments;

    /// <summary>The argument of that parameter name.</summary>
    public object? this[string parameter]
    {
        get
        {
            for (int i = 0; i < Error.ParameterNames.Count; i++)
                if (Error.ParameterNames[i] == parameter) return Arguments[i];
            throw new KeyNotFoundException($"{Error.Signature} has no parameter '{parameter}'");
        }
    }

    /// <summary>Name(param: value, ...), e.g. WrongPreviousRoot(expected: 12345, got: 1).</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Name).Append('(');
        for (int i = 0; i < Arguments.Count; i++)
        {
            if (i > 0) text.Append(", ");
            var name = i < Error.ParameterNames.Count ? Error.ParameterNames[i] : "";
            if (name.Length > 0) text.Append(name).Append(": ");
            text.Append(Format(Arguments[i]));
        }
        return text.Append(')').ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        BigInteger b => b.ToString(System.Globalization.CultureInfo.InvariantCulture),
        L1Address a => AddressChecksum.ToChecksumAddress(a),
        byte[] bytes => Hex.Encode(bytes),
        bool b => b ? "true" : "false",
        string s => "\"" + s + "\"",
        object?[] list => "[" + string.Join(", ", list.Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };
}
