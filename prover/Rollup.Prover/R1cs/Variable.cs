using Rollup.Core.Fields;

namespace Rollup.Prover.R1cs;

/// <summary>A wire of a <see cref="ConstraintSystem"/>; wire 0 is the constant one.</summary>
public readonly record struct Variable(int Index)
{
    public static readonly Variable One = new(0);

    // C# only looks for operators on the operand types, so Variable forwards to LinearCombination
    // to make "x + y", "x - 1" and "x * c" read as they would on paper.
    public static LinearCombination operator +(Variable a, LinearCombination b) => (LinearCombination)a + b;

    public static LinearCombination operator -(Variable a, LinearCombination b) => (LinearCombination)a - b;

    public static LinearCombination operator *(Variable a, Fr scalar) => LinearCombination.From(a, scalar);

    public static LinearCombination operator *(Fr scalar, Variable a) => LinearCombination.From(a, scalar);
}
