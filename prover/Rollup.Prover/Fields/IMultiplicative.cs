namespace Rollup.Prover.Fields;

/// <summary>One, squaring and multiplication: all that exponentiation needs, shared by Fp2 and Fp12.</summary>
public interface IMultiplicative<T> where T : struct, IMultiplicative<T>
{
    static abstract T One { get; }
    static abstract T Square(in T a);
    static abstract T Mul(in T a, in T b);
}
