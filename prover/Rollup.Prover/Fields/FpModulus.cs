using Rollup.Core.Fields;

namespace Rollup.Prover.Fields;

/// <summary>
/// The BN254 base-field modulus p (coordinates of G1 and G2 points). p &lt; 2^254, so the
/// core Montgomery kernel's no-carry multiplication applies unchanged.
/// </summary>
public readonly struct FpModulus : IModulus256
{
    public static ulong Q0 => 0x3c208c16d87cfd47;
    public static ulong Q1 => 0x97816a916871ca8d;
    public static ulong Q2 => 0xb85045b68181585d;
    public static ulong Q3 => 0x30644e72e131a029;
    public static ulong QInvNeg => 0x87d20782e4866389;
    public static ulong R2_0 => 0xf32cfc5b538afa89;
    public static ulong R2_1 => 0xb5e71911d44501fb;
    public static ulong R2_2 => 0x47ab1eff0a417ff6;
    public static ulong R2_3 => 0x06d89f71cab8351f;
    public static ulong One0 => 0xd35d438dc58f0d9d;
    public static ulong One1 => 0x0a78eb28f5c70b3d;
    public static ulong One2 => 0x666ea36f7879462c;
    public static ulong One3 => 0x0e0a77c19a07df2f;
}
