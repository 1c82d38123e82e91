using Rollup.Core.Fields;
using Rollup.Core.Fields.Lanes;

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

    /// <summary>
    /// outputs[k] = Poseidon(inputs[k·n .. k·n + n]) for n = inputsPerHash, k &lt; outputs.Length:
    /// many independent hashes, eight at a time in AVX-512 lanes where the machine has them.
    /// </summary>
    public static void HashMany(ReadOnlySpan<Fr> inputs, int inputsPerHash, Span<Fr> outputs)
    {
        if (inputsPerHash < 1 || inputsPerHash > MaxInputs)
            throw new ArgumentOutOfRangeException(nameof(inputsPerHash), $"Poseidon takes 1..{MaxInputs} inputs, got {inputsPerHash}");
        if ((long)outputs.Length * inputsPerHash != inputs.Length)
            throw new ArgumentException($"{inputs.Length} inputs are not {outputs.Length} hashes of {inputsPerHash}", nameof(inputs));
        int k = Lanes8.IsSupported ? PoseidonLanes.HashGroups(inputs, inputsPerHash, outputs) : 0;
        int tail = outputs.Length - k;
        if (Lanes8.IsSupported && tail >= MinimumTailForLanes)
        {
            HashTailInLanes(inputs[(k * inputsPerHash)..], inputsPerHash, outputs[k..]);
            return;
        }
        for (; k < outputs.Length; k++) outputs[k] = Hash(inputs.Slice(k * inputsPerHash, inputsPerHash));
    }

    /// <summary>
    /// A group of eight lanes costs about as much as three hashes one by one, so a tail of three
    /// to seven hashes goes to the lanes too, its last hash repeated in the spare lanes. Signature
    /// groups are often short (a batch of 20 orders ends in a group of four).
    /// </summary>
    private const int MinimumTailForLanes = 3;

    private static void HashTailInLanes(ReadOnlySpan<Fr> inputs, int n, Span<Fr> outputs)
    {
        Span<Fr> padded = stackalloc Fr[8 * MaxInputs];
        padded = padded[..(8 * n)];
        var last = inputs.Slice((outputs.Length - 1) * n, n);
        inputs.CopyTo(padded);
        for (int lane = outputs.Length; lane < 8; lane++) last.CopyTo(padded.Slice(lane * n, n));
        Span<Fr> hashes = stackalloc Fr[8];
        PoseidonLanes.HashGroups(padded, n, hashes);
        hashes[..outputs.Length].CopyTo(outputs);
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
