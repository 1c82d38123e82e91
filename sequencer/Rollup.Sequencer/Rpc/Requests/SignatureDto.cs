using Rollup.Core.Curves;
using Rollup.Core.Signatures;
using Rollup.Sequencer.Rpc.Errors;

namespace Rollup.Sequencer.Rpc.Requests;

/// <summary>An EdDSA-Poseidon signature (PROTOCOL.md §3.1): R8's coordinates and S, as decimal strings.</summary>
public sealed record SignatureDto(string R8x, string R8y, string S)
{
    public Signature ToCore(string field)
    {
        var r8 = new JubjubPoint(ParamCheck.Field(R8x, field + ".r8x"), ParamCheck.Field(R8y, field + ".r8y"));
        var s = ParamCheck.SubgroupScalar(S, field + ".s");
        // An R8 off the curve can never verify: refuse it here, before it costs a verification slot.
        if (!r8.IsOnCurve)
            throw new RpcException(RpcErrorCode.BadSignature, $"{field}: R8 is not on the Baby Jubjub curve",
                new Dictionary<string, string> { ["field"] = field, ["reason"] = "R8 is not on the curve" });
        return new Signature(r8, s);
    }
}
