using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Signatures;

namespace Rollup.Core.Execution;

/// <summary>
/// An L2 key is acceptable when it is a point of Baby Jubjub whose cofactor multiple has a
/// non-zero x (<see cref="PublicKey.IsUsable"/>): small-order keys would verify signatures
/// they never made, and circomlib's verifier circuit refuses them the same way.
/// </summary>
public static class KeyRules
{
    public static bool IsValid(in Fr x, in Fr y) => new PublicKey(new JubjubPoint(x, y)).IsUsable;

    public static byte[] Pack(in Fr x, in Fr y) => new JubjubPoint(x, y).Pack();

    public static bool TryUnpack(ReadOnlySpan<byte> packed, out Fr x, out Fr y)
    {
        if (JubjubPoint.TryUnpack(packed, out var p))
        {
            x = p.X;
            y = p.Y;
            return true;
        }
        x = y = Fr.Zero;
        return false;
    }
}
