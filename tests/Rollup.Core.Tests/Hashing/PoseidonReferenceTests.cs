using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Tests.Hashing;

public class PoseidonReferenceTests
{
    public static TheoryData<int> Widths()
    {
        var data = new TheoryData<int>();
        for (int t = PoseidonParameters.MinWidth; t <= PoseidonParameters.MaxWidth; t++) data.Add(t);
        return data;
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Derived_constants_and_matrix_equal_the_independent_derivation(int t)
    {
        var reference = new ReferencePoseidon(t);
        var p = PoseidonParameters.ForWidth(t);
        Assert.Equal(reference.RoundConstants.Length, p.RoundConstants.Length);
        for (int i = 0; i < reference.RoundConstants.Length; i++)
            Assert.Equal(reference.RoundConstants[i], p.RoundConstants[i].ToBigInteger());
        for (int i = 0; i < t; i++)
            for (int j = 0; j < t; j++)
                Assert.Equal(reference.Mds[i, j], p.MdsEntry(i, j).ToBigInteger());
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Hash_equals_the_textbook_BigInteger_permutation(int t)
    {
        var reference = new ReferencePoseidon(t);
        var rng = new Random(1000 + t);
        var buf = new byte[32];
        for (int sample = 0; sample < 4; sample++)
        {
            var inputs = new BigInteger[t - 1];
            for (int i = 0; i < inputs.Length; i++)
            {
                rng.NextBytes(buf);
                // Sample 0 uses the largest element everywhere, where reductions are most likely to slip.
                inputs[i] = sample == 0 ? ReferencePoseidon.P - 1 : new BigInteger(buf, isUnsigned: true) % ReferencePoseidon.P;
            }
            var fr = inputs.Select(Fr.FromBigInteger).ToArray();
            Assert.Equal(reference.Hash(inputs), Poseidon.Hash(fr).ToBigInteger());
        }
    }
}
