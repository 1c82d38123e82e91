using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets;

/// <summary>
/// circomlib's Poseidon in R1CS, with the parameters of Rollup.Core so that the circuit and
/// the off-chain hash agree. Round constants and the MDS mix are linear and cost nothing; each
/// x^5 costs 3 constraints (x², x⁴, x⁵): 3·(t·RF + RP), 243 for two inputs.
/// </summary>
public static class PoseidonGadget
{
    public static LinearCombination Hash(ConstraintSystem cs, params ReadOnlySpan<LinearCombination> inputs)
    {
        ArgumentNullException.ThrowIfNull(cs);
        if (inputs.Length < 1 || inputs.Length > Poseidon.MaxInputs)
            throw new ArgumentException($"Poseidon takes 1..{Poseidon.MaxInputs} inputs, got {inputs.Length}", nameof(inputs));
        int t = inputs.Length + 1;
        var p = PoseidonParameters.ForWidth(t);
        var state = new LinearCombination[t];
        inputs.CopyTo(state.AsSpan(1));
        int halfFull = p.RoundsFull / 2;
        var mixed = new LinearCombination[t];
        for (int round = 0; round < p.Rounds; round++)
        {
            bool full = round < halfFull || round >= halfFull + p.RoundsPartial;
            for (int i = 0; i < t; i++)
            {
                state[i] += p.RoundConstant(round, i);
                if (full || i == 0) state[i] = Pow5(cs, state[i]);
            }
            for (int i = 0; i < t; i++)
            {
                var sum = LinearCombination.Zero;
                for (int j = 0; j < t; j++) sum += state[j] * p.MdsEntry(i, j);
                mixed[i] = sum;
            }
            (state, mixed) = (mixed, state);
        }
        return state[0];
    }

    private static Variable Pow5(ConstraintSystem cs, in LinearCombination x)
    {
        var x2 = cs.Multiply(x, x);
        var x4 = cs.Multiply(x2, x2);
        return cs.Multiply(x4, x);
    }
}
