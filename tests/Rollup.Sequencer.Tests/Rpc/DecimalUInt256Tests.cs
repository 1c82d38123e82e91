using System.Globalization;
using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Sequencer.Rpc.Json;

namespace Rollup.Sequencer.Tests.Rpc;

public class DecimalUInt256Tests
{
    private static readonly BigInteger Two256 = BigInteger.One << 256;

    [Theory]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("18446744073709551615")]
    [InlineData("18446744073709551616")]
    [InlineData("21888242871839275222246405745257275088548364400416034343698204186575808495617")]
    [InlineData("115792089237316195423570985008687907853269984665640564039457584007913129639935")]
    public void Parses_the_same_value_as_BigInteger(string text)
    {
        Assert.True(DecimalUInt256.TryParse(text, out var v));
        Assert.Equal(BigInteger.Parse(text, CultureInfo.InvariantCulture), v.ToBigInteger());
    }

    [Fact]
    public void Random_values_of_every_length_parse_as_BigInteger_does()
    {
        var random = new Random(6);
        var bytes = new byte[33];
        for (int i = 0; i < 2_000; i++)
        {
            random.NextBytes(bytes);
            bytes[32] = 0;
            var expected = new BigInteger(bytes) >> random.Next(0, 256);
            Assert.True(DecimalUInt256.TryParse(expected.ToString(CultureInfo.InvariantCulture), out var v));
            Assert.Equal(expected, v.ToBigInteger());
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("12a")]
    [InlineData(" 1")]
    [InlineData("115792089237316195423570985008687907853269984665640564039457584007913129639936")]
    [InlineData("999999999999999999999999999999999999999999999999999999999999999999999999999999")]
    public void Refuses_non_digits_and_values_of_2_to_the_256_or_more(string text)
    {
        Assert.False(DecimalUInt256.TryParse(text, out var v));
        Assert.Equal(UInt256.Zero, v);
        if (text.Length > 0 && text.All(char.IsAsciiDigit)) Assert.True(BigInteger.Parse(text, CultureInfo.InvariantCulture) >= Two256);
    }
}
