using Rollup.Core.Fields;

namespace Rollup.Prover.Formats;

/// <summary>
/// The content of a snarkjs .r1cs file. Wire order is fixed by snarkjs: 0 = the constant one,
/// then public outputs, public inputs, private inputs, internal wires.
/// </summary>
public sealed class R1csFile
{
    public R1csFile(uint wireCount, uint publicOutputs, uint publicInputs, uint privateInputs, ulong labelCount,
        IReadOnlyList<R1csConstraint> constraints, IReadOnlyList<ulong> wireLabels)
    {
        ArgumentNullException.ThrowIfNull(constraints);
        ArgumentNullException.ThrowIfNull(wireLabels);
        if (wireCount < 1) throw new ArgumentException("wire 0 (the constant one) must exist", nameof(wireCount));
        if ((ulong)publicOutputs + publicInputs + privateInputs >= wireCount)
            throw new ArgumentException("more inputs and outputs than wires", nameof(wireCount));
        if (wireLabels.Count != wireCount) throw new ArgumentException($"{wireLabels.Count} labels for {wireCount} wires", nameof(wireLabels));
        foreach (var c in constraints)
            foreach (var lc in (ReadOnlySpan<IReadOnlyList<R1csTerm>>)[c.A, c.B, c.C])
                foreach (var t in lc)
                    if (t.Wire >= wireCount) throw new ArgumentException($"constraint uses wire {t.Wire} of {wireCount}", nameof(constraints));
        WireCount = wireCount;
        PublicOutputs = publicOutputs;
        PublicInputs = publicInputs;
        PrivateInputs = privateInputs;
        LabelCount = labelCount;
        Constraints = constraints;
        WireLabels = wireLabels;
    }

    public uint WireCount { get; }
    public uint PublicOutputs { get; }
    public uint PublicInputs { get; }
    public uint PrivateInputs { get; }
    public ulong LabelCount { get; }
    public IReadOnlyList<R1csConstraint> Constraints { get; }
    public IReadOnlyList<ulong> WireLabels { get; }

    /// <summary>snarkjs' nPublic: the wires 1..PublicCount are the public signals.</summary>
    public int PublicCount => (int)(PublicOutputs + PublicInputs);

    /// <summary>Checks every constraint; on failure gives the first failing index, else -1.</summary>
    public bool IsSatisfiedBy(ReadOnlySpan<Fr> witness, out int failingConstraintIndex)
    {
        if (witness.Length != WireCount) throw new ArgumentException($"witness has {witness.Length} values for {WireCount} wires", nameof(witness));
        if (!witness[0].IsOne) throw new ArgumentException("witness[0] must be 1", nameof(witness));
        for (int i = 0; i < Constraints.Count; i++)
        {
            if (!Constraints[i].IsSatisfiedBy(witness))
            {
                failingConstraintIndex = i;
                return false;
            }
        }
        failingConstraintIndex = -1;
        return true;
    }
}
