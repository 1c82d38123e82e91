using Rollup.Core.Fields;
using Rollup.Prover.Formats;

namespace Rollup.Prover.Tests.Formats;

public class WtnsFormatTests
{
    [Fact]
    public void Round_trip_is_byte_identical()
    {
        var bytes = G16Vectors.WtnsBytes;
        Assert.Equal(bytes, WtnsFormat.Write(WtnsFormat.Read(bytes)));
    }

    [Fact]
    public void First_value_is_the_constant_one()
    {
        Assert.True(G16Vectors.Witness[0].IsOne);
    }

    [Fact]
    public void Value_not_below_r_is_rejected()
    {
        var bytes = (byte[])G16Vectors.WtnsBytes.Clone();
        // Header section: 12 + 40 bytes, then the value section's own 12-byte header.
        Fr.Modulus.WriteLittleEndian(bytes.AsSpan(12 + 12 + 40 + 12, 32));
        var e = Assert.Throws<SnarkjsFormatException>(() => WtnsFormat.Read(bytes));
        Assert.Contains("not below r", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_prime_and_version_are_rejected()
    {
        var bytes = (byte[])G16Vectors.WtnsBytes.Clone();
        bytes[12 + 12 + 4] ^= 1;
        Assert.Contains("prime", Assert.Throws<SnarkjsFormatException>(() => WtnsFormat.Read(bytes)).Message, StringComparison.Ordinal);
        var v1 = (byte[])G16Vectors.WtnsBytes.Clone();
        v1[4] = 1;
        Assert.Contains("version", Assert.Throws<SnarkjsFormatException>(() => WtnsFormat.Read(v1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_count_must_match_the_header()
    {
        var bytes = G16Vectors.WtnsBytes;
        Assert.Throws<SnarkjsFormatException>(() => WtnsFormat.Read(bytes[..^32]));
    }
}
