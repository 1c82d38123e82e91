using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Rollup.Core.Fields.Lanes;

/// <summary>
/// Eight 256-bit field elements side by side in AVX-512 registers: vector Lj holds 32-bit limb j
/// of each element, zero-extended to a 64-bit lane, so that VPMULUDQ forms the 32×32→64-bit
/// products of eight Montgomery multiplications at once. .NET has no add-with-carry intrinsic,
/// and a scalar 4-limb product costs about 120 cycles of carry bookkeeping; with 32-bit limbs the
/// carries fit in the lanes and eight products cost about 2.5 scalar ones.
/// The elements keep the scalar types' Montgomery form (R = 2^256), so values move between the
/// two representations by reshuffling limbs only.
/// </summary>
public partial struct Lanes8
{
    public Vector512<ulong> L0, L1, L2, L3, L4, L5, L6, L7;

    /// <summary>Whether this machine runs the eight-lane kernels (AVX-512F); callers fall back to scalar code otherwise.</summary>
    public static bool IsSupported => Avx512F.IsSupported && !ForceScalar;

    /// <summary>
    /// Makes <see cref="IsSupported"/> false on any machine, so that tests and benchmarks can run
    /// (and compare with) the scalar code a machine without AVX-512 runs. Process-wide.
    /// </summary>
    public static bool ForceScalar { get; set; }

    /// <summary>Lane k of r is lane k of ifTrue where lane k of mask is all ones, else of ifFalse.</summary>
    public static void Select(Vector512<ulong> mask, in Lanes8 ifTrue, in Lanes8 ifFalse, out Lanes8 r)
    {
        r.L0 = Vector512.ConditionalSelect(mask, ifTrue.L0, ifFalse.L0);
        r.L1 = Vector512.ConditionalSelect(mask, ifTrue.L1, ifFalse.L1);
        r.L2 = Vector512.ConditionalSelect(mask, ifTrue.L2, ifFalse.L2);
        r.L3 = Vector512.ConditionalSelect(mask, ifTrue.L3, ifFalse.L3);
        r.L4 = Vector512.ConditionalSelect(mask, ifTrue.L4, ifFalse.L4);
        r.L5 = Vector512.ConditionalSelect(mask, ifTrue.L5, ifFalse.L5);
        r.L6 = Vector512.ConditionalSelect(mask, ifTrue.L6, ifFalse.L6);
        r.L7 = Vector512.ConditionalSelect(mask, ifTrue.L7, ifFalse.L7);
    }

    /// <summary>All ones in the lanes whose element is zero.</summary>
    public readonly Vector512<ulong> ZeroMask() =>
        Vector512.Equals(L0 | L1 | L2 | L3 | L4 | L5 | L6 | L7, Vector512<ulong>.Zero);

    /// <summary>All ones in the lanes where this and other hold the same limbs (the same reduced element).</summary>
    public readonly Vector512<ulong> EqualMask(in Lanes8 other) =>
        Vector512.Equals((L0 ^ other.L0) | (L1 ^ other.L1) | (L2 ^ other.L2) | (L3 ^ other.L3)
            | (L4 ^ other.L4) | (L5 ^ other.L5) | (L6 ^ other.L6) | (L7 ^ other.L7), Vector512<ulong>.Zero);
}
