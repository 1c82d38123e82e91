using Rollup.Core.Fields;

namespace Rollup.Core.Hashing;

/// <summary>
/// Poseidon over the BN254 scalar field with circomlib's parameters, so hashes agree with
/// circomlib circuits and circomlibjs: t = inputs + 1, capacity cell 0 starts at zero, and
/// the digest is cell 0 after the permutation.
/// </summary>
public static class Poseidon
{
    public const int MaxInputs = PoseidonParameters.MaxWidth - 1;

    /// <summary>Hashes 1..16 field elements.</summary>
    public static Fr Hash(ReadOnlySpan<Fr> inputs)
    {
        if (inputs.Length < 1 || inputs.Length > MaxInputs)
            throw new ArgumentException($"Poseidon takes 1..{MaxInputs} inputs, got {inputs.Length}", nameof(inputs));
        if (inputs.Length == 2) return PoseidonWidth3.Hash(inputs[0], inputs[1]);
        var schedule = PoseidonSparseSchedule.ForWidth(inputs.Length + 1);
        Span<Fr> state = stackalloc Fr[inputs.Length + 1];
        state[0] = Fr.Zero;
        inputs.CopyTo(state[1..]);
        schedule.Permute(state);
        return state[0];
    }

    public static Fr Hash(in Fr a)
    {
        ReadOnlySpan<Fr> inputs = [a];
        return Hash(inputs);
    }

    /// <summary>Two inputs (t = 3): the Merkle-tree node hash, on a specialised fast path.</summary>
    public static Fr Hash(in Fr a, in Fr b) => PoseidonWidth3.Hash(a, b);

    public static Fr Hash(in Fr a, in Fr b, in Fr c)
    {
        ReadOnlySpan<Fr> inputs = [a, b, c];
        return Hash(inputs);
    }
}
