using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;
using Rollup.Prover.Groth16.Setup;
using Rollup.Prover.Tests.Groth16.Setup;

namespace Rollup.Prover.Tests.Formats;

public class ZkeyWriterTests
{
    [Fact]
    public void Snarkjs_zkey_is_written_back_byte_for_byte()
    {
        Assert.Equal(G16Zkey.Bytes, ZkeyWriter.Write(G16Zkey.Key));
    }

    [Fact]
    public void Our_contributed_key_reads_back_equal()
    {
        var key = Phase2.Contribute(SetupCircuits.GadgetKey, "second");
        var bytes = ZkeyWriter.Write(key);
        var read = ZkeyReader.Read(bytes);
        AssertSameKey(key, read);
        Assert.Equal(bytes, ZkeyWriter.Write(read));
        Assert.Equal(Phase2Check.Valid, Phase2.VerifyContributions(read));
    }

    [Fact]
    public void Initial_key_reads_back_with_an_empty_transcript_and_is_refused_for_proving()
    {
        var key = SetupCircuits.GadgetInitialKey;
        var read = ZkeyReader.Read(ZkeyWriter.Write(key));
        AssertSameKey(key, read);
        Assert.Empty(read.Phase2!.Contributions);
        Assert.True(read.LacksPhase2Contribution);
        Assert.Throws<KeyWithoutContributionException>(() => Groth16Prover.Prove(read, SetupCircuits.GadgetSystem.Witness()));
    }

    [Fact]
    public void Writing_to_a_file_gives_the_same_bytes()
    {
        var path = Path.GetTempFileName();
        try
        {
            ZkeyWriter.Write(path, G16Zkey.Key);
            Assert.Equal(G16Zkey.Bytes, File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Contribution_section_with_a_parameter_out_of_order_is_refused()
    {
        var bytes = ZkeyWriter.Write(Phase2.Contribute(SetupCircuits.GadgetInitialKey, "ab"));
        // The section ends with the one record's parameters: tag 1, length 2, "ab".
        Assert.Equal((byte)'b', bytes[^1]);
        Assert.Equal(1, bytes[^4]);
        bytes[^4] = 0;
        Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.Read(bytes));
        bytes[^4] = 9;
        Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.Read(bytes));
    }

    [Fact]
    public void Contribution_count_beyond_the_section_is_refused()
    {
        var bytes = ZkeyWriter.Write(SetupCircuits.GadgetKey);
        int section10 = G16Zkey.SectionOffset(bytes, 10);
        BitConverter.GetBytes(1000u).CopyTo(bytes, section10 + 64);
        Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.Read(bytes));
    }

    internal static void AssertSameKey(ProvingKey expected, ProvingKey actual)
    {
        Assert.Equal(expected.VariableCount, actual.VariableCount);
        Assert.Equal(expected.PublicCount, actual.PublicCount);
        Assert.Equal(expected.DomainSize, actual.DomainSize);
        Assert.Equal(expected.Alpha1, actual.Alpha1);
        Assert.Equal(expected.Beta1, actual.Beta1);
        Assert.Equal(expected.Beta2, actual.Beta2);
        Assert.Equal(expected.Gamma2, actual.Gamma2);
        Assert.Equal(expected.Delta1, actual.Delta1);
        Assert.Equal(expected.Delta2, actual.Delta2);
        Assert.Equal(expected.IC, actual.IC);
        Assert.Equal(expected.Coefficients, actual.Coefficients);
        Assert.True(expected.AQuery.SequenceEqual(actual.AQuery));
        Assert.True(expected.B1Query.SequenceEqual(actual.B1Query));
        Assert.True(expected.B2Query.SequenceEqual(actual.B2Query));
        Assert.True(expected.CQuery.SequenceEqual(actual.CQuery));
        Assert.True(expected.HQuery.SequenceEqual(actual.HQuery));
        Assert.True(expected.Phase2!.CircuitHash.Span.SequenceEqual(actual.Phase2!.CircuitHash.Span));
        Assert.Equal(expected.Phase2.Contributions.Count, actual.Phase2.Contributions.Count);
        for (int i = 0; i < expected.Phase2.Contributions.Count; i++)
        {
            var e = expected.Phase2.Contributions[i];
            var a = actual.Phase2.Contributions[i];
            Assert.Equal((e.DeltaAfter, e.G1S, e.G1SX, e.G2SPX, e.Type, e.Name, e.NumIterationsExp), (a.DeltaAfter, a.G1S, a.G1SX, a.G2SPX, a.Type, a.Name, a.NumIterationsExp));
            Assert.True(e.Transcript.Span.SequenceEqual(a.Transcript.Span));
            Assert.True(e.BeaconHash.Span.SequenceEqual(a.BeaconHash.Span));
        }
    }
}
