using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Tests.Hashing;

/// <summary>Many independent hashes at once (eight-lane groups, a padded lane group or a scalar tail) against one-by-one hashing and circomlibjs.</summary>
public class PoseidonManyTests
{
    private static Fr[] Inputs(int count, int seed)
    {
        var rng = new Random(seed);
        var bytes = new byte[32];
        var result = new Fr[count];
        for (int i = 0; i < count; i++)
        {
            rng.NextBytes(bytes);
            result[i] = Fr.FromBytesReduced(bytes);
        }
        // Field edges in the first hash: zero, one and r − 1.
        if (count > 0) result[0] = Fr.Zero;
        if (count > 1) result[1] = -Fr.One;
        if (count > 2) result[2] = Fr.One;
        return result;
    }

    [Theory]
    [InlineData(1, 17)]
    [InlineData(2, 8)]
    [InlineData(2, 43)]
    [InlineData(4, 9)]
    [InlineData(5, 16)]
    [InlineData(7, 11)]
    [InlineData(16, 8)]
    [InlineData(3, 0)]
    [InlineData(3, 3)]
    [InlineData(3, 5)]
    [InlineData(5, 7)]
    [InlineData(2, 14)]
    [InlineData(16, 3)]
    public void Many_hashes_equal_one_by_one_hashes(int inputsPerHash, int hashes)
    {
        var inputs = Inputs(inputsPerHash * hashes, inputsPerHash * 100 + hashes);
        var outputs = new Fr[hashes];
        Poseidon.HashMany(inputs, inputsPerHash, outputs);
        for (int k = 0; k < hashes; k++)
            Assert.Equal(Poseidon.Hash(inputs.AsSpan(k * inputsPerHash, inputsPerHash)), outputs[k]);
    }

    [Fact]
    public void Many_hashes_match_the_circomlibjs_vectors_in_every_lane()
    {
        foreach (var row in PoseidonVectorTests.Cases())
        {
            var single = ((string[])row[0]).Select(Fr.Parse).ToArray();
            // The vector in all eight lanes of a group and once more in the scalar tail.
            var inputs = Enumerable.Repeat(single, 9).SelectMany(x => x).ToArray();
            var outputs = new Fr[9];
            Poseidon.HashMany(inputs, single.Length, outputs);
            Assert.All(outputs, o => Assert.Equal((string)row[1], o.ToString()));
        }
    }

    [Fact]
    public void Mismatched_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Poseidon.HashMany(new Fr[5], 2, new Fr[2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Poseidon.HashMany(new Fr[17], 17, new Fr[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Poseidon.HashMany([], 0, []));
    }
}
