using System.Numerics;
using Rollup.Core.Batches;
using Rollup.Core.Fields;
using Rollup.Prover.Gadgets;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets.Sha256;

public class BatchCommitmentGadgetTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(40)]
    public void Public_input_equals_the_core_commitment(int pubdataLength)
    {
        var rng = new Random(pubdataLength);
        var oldRoot = GadgetAssert.RandomFr(rng);
        var newRoot = pubdataLength == 0 ? -Fr.One : GadgetAssert.RandomFr(rng);
        ulong batch = (ulong)rng.NextInt64(), first = (ulong)rng.NextInt64(), end = ulong.MaxValue;
        var pubdata = new byte[pubdataLength];
        rng.NextBytes(pubdata);

        var cs = new ConstraintSystem();
        var input = BatchCommitmentGadget.PublicInput(cs, cs.AllocatePrivate(oldRoot), cs.AllocatePrivate(newRoot),
            cs.AllocatePrivate(Fr.FromUInt64(batch)), cs.AllocatePrivate(Fr.FromUInt64(first)), cs.AllocatePrivate(Fr.FromUInt64(end)),
            BigEndianBits.Allocate(cs, pubdata));
        Assert.Equal(BatchCommitment.Compute(oldRoot, newRoot, batch, first, end, pubdata), cs.Value(input));
        GadgetAssert.Satisfied(cs);
    }

    [Fact]
    public void A_counter_of_64_bits_or_more_is_refused()
    {
        var cs = new ConstraintSystem();
        BatchCommitmentGadget.PublicInput(cs, cs.AllocatePrivate(Fr.One), cs.AllocatePrivate(Fr.One),
            cs.AllocatePrivate(Fr.FromBigInteger(BigInteger.One << 64)), cs.AllocatePrivate(Fr.Zero), cs.AllocatePrivate(Fr.Zero), []);
        Assert.False(cs.IsSatisfied(out _));
    }

    [Theory]
    [InlineData("ff")]
    [InlineData("e0")]
    [InlineData("1f")]
    [InlineData("a5")]
    public void The_digest_loses_exactly_its_top_three_bits_as_in_the_core(string fillHex)
    {
        var digest = new byte[32];
        Array.Fill(digest, Convert.FromHexString(fillHex)[0]);
        digest[31] ^= 0x01;
        var input = BatchCommitmentGadget.FromDigest(BigEndianBits.Constant(digest));
        Assert.True(BitLogic.IsConstant(input, out var value));
        Assert.Equal(BatchCommitment.PublicInput(digest), value);
    }
}
