using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Signatures;

namespace Rollup.Core.Execution;

/// <summary>The one place the state transition function verifies EdDSA-Poseidon signatures.</summary>
internal static class SignatureCheck
{
    public static bool Verify(in Fr message, Signature signature, in Fr keyX, in Fr keyY) =>
        EddsaPoseidon.Verify(message, signature, new PublicKey(new JubjubPoint(keyX, keyY)));
}
