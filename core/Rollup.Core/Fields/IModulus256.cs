namespace Rollup.Core.Fields;

/// <summary>
/// Constants of an odd modulus q &lt; 2^254 for Montgomery arithmetic with R = 2^256.
/// Implemented by empty structs so that <see cref="Montgomery256{TMod}"/> is specialised
/// per modulus by the JIT and every constant folds into the generated code.
/// </summary>
public interface IModulus256
{
    static abstract ulong Q0 { get; }
    static abstract ulong Q1 { get; }
    static abstract ulong Q2 { get; }
    static abstract ulong Q3 { get; }

    /// <summary>-q^-1 mod 2^64.</summary>
    static abstract ulong QInvNeg { get; }

    /// <summary>R^2 mod q, used to enter Montgomery form.</summary>
    static abstract ulong R2_0 { get; }
    static abstract ulong R2_1 { get; }
    static abstract ulong R2_2 { get; }
    static abstract ulong R2_3 { get; }

    /// <summary>R mod q: the Montgomery form of one.</summary>
    static abstract ulong One0 { get; }
    static abstract ulong One1 { get; }
    static abstract ulong One2 { get; }
    static abstract ulong One3 { get; }
}
