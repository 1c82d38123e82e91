namespace Rollup.Prover.Fields;

/// <summary>
/// The operations curve formulas need from a field, so G1 (over Fp) and G2 (over Fp2) share one
/// implementation. Struct type parameters make the JIT specialise it per field: no indirection.
/// </summary>
public interface IFieldElement<T> : IMultiplicative<T>, IEquatable<T> where T : struct, IFieldElement<T>
{
    static abstract T Zero { get; }
    bool IsZero { get; }
    static abstract T Add(in T a, in T b);
    static abstract T Sub(in T a, in T b);
    static abstract T Negate(in T a);
    static abstract T Double(in T a);
    static abstract T Inverse(in T a);
}
