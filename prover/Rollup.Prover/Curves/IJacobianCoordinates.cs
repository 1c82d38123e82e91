using Rollup.Prover.Fields;

namespace Rollup.Prover.Curves;

/// <summary>The raw Jacobian coordinates of a point over TField, for code written once for G1 and G2.</summary>
public interface IJacobianCoordinates<TField> where TField : struct, IFieldElement<TField>
{
    TField JacobianX { get; }
    TField JacobianY { get; }
    TField JacobianZ { get; }
}
