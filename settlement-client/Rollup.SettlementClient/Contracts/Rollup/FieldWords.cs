using System.Numerics;
using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Contracts.Rollup;

/// <summary>Field elements to and from uint256 words; a word the contract keeps below r must be below r.</summary>
internal static class FieldWords
{
    public static BigInteger ToWord(in Fr value) => value.ToBigInteger();

    public static Fr ToField(object? word, string what)
    {
        var value = (BigInteger)word!;
        if (value.Sign < 0 || value >= Fr.Modulus.ToBigInteger()) throw new FormatException($"{what} = {value} is not a field element (not below r)");
        return Fr.FromBigInteger(value);
    }

    public static object?[] ToWords(IEnumerable<Fr> values) => values.Select(v => (object?)v.ToBigInteger()).ToArray();
}
