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
}
