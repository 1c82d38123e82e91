using System.Numerics;
using FsCheck;
using FsCheck.Xunit;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Tests.Hashing;

public class PoseidonTests
{
    private static readonly BigInteger R = ReferencePoseidon.P;

    private static Fr FromLimbs(ulong l0, ulong l1, ulong l2, ulong l3) =>
        Fr.FromBigInteger(new UInt256(l0, l1, l2, l3).ToBigInteger() % R);

    [Property(MaxTest = 200)]
    public void Two_input_fast_path_equals_the_generic_sparse_permutation(ulong a0, ulong a1, ulong a2, ulong a3, ulong b0, ulong b1, ulong b2, ulong b3)
    {
        var a = FromLimbs(a0, a1, a2, a3);
        var b = FromLimbs(b0, b1, b2, b3);
        Span<Fr> state = [Fr.Zero, a, b];
        PoseidonSparseSchedule.ForWidth(3).Permute(state);
        Assert.Equal(state[0], Poseidon.Hash(a, b));
    }

    [Fact]
    public void Fast_path_equals_the_generic_path_at_the_field_edges()
    {
        Fr[] edges = [Fr.Zero, Fr.One, Fr.FromBigInteger(R - 1), Fr.FromBigInteger(R - 2), Fr.FromBigInteger(BigInteger.One << 253)];
        var generic = PoseidonSparseSchedule.ForWidth(3);
        foreach (var a in edges)
            foreach (var b in edges)
            {
                Span<Fr> state = [Fr.Zero, a, b];
                generic.Permute(state);
                Assert.Equal(state[0], Poseidon.Hash(a, b));
            }
    }

    [Fact]
    public void Fixed_arity_overloads_equal_the_span_overload()
    {
        Fr a = 11, b = 22, c = 33;
        Assert.Equal(Poseidon.Hash([a]), Poseidon.Hash(a));
        Assert.Equal(Poseidon.Hash([a, b]), Poseidon.Hash(a, b));
        Assert.Equal(Poseidon.Hash([a, b, c]), Poseidon.Hash(a, b, c));
    }

    [Fact]
    public void Every_arity_from_1_to_16_gives_a_distinct_digest()
    {
        var digests = new HashSet<Fr>();
        for (int n = 1; n <= Poseidon.MaxInputs; n++)
        {
            var inputs = Enumerable.Range(1, n).Select(i => (Fr)(ulong)i).ToArray();
            var digest = Poseidon.Hash(inputs);
            Assert.False(digest.IsZero);
            Assert.True(digests.Add(digest), $"arity {n} repeated an earlier digest");
        }
    }

    [Fact]
    public void Input_order_matters()
    {
        Assert.NotEqual(Poseidon.Hash(1, 2), Poseidon.Hash(2, 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(40)]
    public void Unsupported_input_counts_throw(int count)
    {
        var inputs = new Fr[count];
        Assert.Throws<ArgumentException>(() => Poseidon.Hash(inputs));
    }

    [Fact]
    public void Concurrent_first_use_yields_one_consistent_result()
    {
        var results = new Fr[8];
        Parallel.For(0, results.Length, i => results[i] = Poseidon.Hash([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]));
        Assert.All(results, r => Assert.Equal(results[0], r));
    }
}
