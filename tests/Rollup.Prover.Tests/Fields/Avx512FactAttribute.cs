using System.Runtime.Intrinsics.X86;

namespace Rollup.Prover.Tests.Fields;

/// <summary>A fact about the AVX-512 lane kernels: skipped, with the reason, on a machine without AVX-512F.</summary>
public sealed class Avx512FactAttribute : FactAttribute
{
    public Avx512FactAttribute()
    {
        if (!Avx512F.IsSupported) Skip = "this machine has no AVX-512F; the lane kernels are not used here";
    }
}
