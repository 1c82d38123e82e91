using Rollup.Core.Fields;

namespace Rollup.Core.Curves;

/// <summary>l, the order of Baby Jubjub's prime subgroup, as a Montgomery modulus: scalar products mod l without BigInteger.</summary>
internal readonly struct SubOrderModulus : IModulus256
{
    public static ulong Q0 => 0x677297dc392126f1;
    public static ulong Q1 => 0xab3eedb83920ee0a;
    public static ulong Q2 => 0x370a08b6d0302b0b;
    public static ulong Q3 => 0x060c89ce5c263405;
    public static ulong QInvNeg => 0x532ce5aebc48f5ef;
    public static ulong R2_0 => 0x35e44abee7ecb21e;
    public static ulong R2_1 => 0x74646cacf5f84ec4;
    public static ulong R2_2 => 0xe472df203faa158f;
    public static ulong R2_3 => 0x0445b524f1ba50a8;
    public static ulong One0 => 0x073315dea08f9c76;
    public static ulong One1 => 0xe7acffc6a098f24b;
    public static ulong One2 => 0xf85a9201d818f015;
    public static ulong One3 => 0x01f16424e1bb7724;
}
