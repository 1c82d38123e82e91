namespace Rollup.Core.Fields;

/// <summary>The BN254 scalar field modulus r (the field of every protocol value and circuit wire).</summary>
public readonly struct FrModulus : IModulus256
{
    public static ulong Q0 => 0x43e1f593f0000001;
    public static ulong Q1 => 0x2833e84879b97091;
    public static ulong Q2 => 0xb85045b68181585d;
    public static ulong Q3 => 0x30644e72e131a029;
    public static ulong QInvNeg => 0xc2e1f593efffffff;
    public static ulong R2_0 => 0x1bb8e645ae216da7;
    public static ulong R2_1 => 0x53fe3ab1e35c59e3;
    public static ulong R2_2 => 0x8c49833d53bb8085;
    public static ulong R2_3 => 0x0216d0b17f4e44a5;
    public static ulong One0 => 0xac96341c4ffffffb;
    public static ulong One1 => 0x36fc76959f60cd29;
    public static ulong One2 => 0x666ea36f7879462e;
    public static ulong One3 => 0x0e0a77c19a07df2f;
}
