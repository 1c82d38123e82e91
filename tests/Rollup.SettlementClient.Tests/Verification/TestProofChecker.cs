using System.Numerics;
using Rollup.Core.Fields;
using Rollup.SettlementClient.Verification;

namespace Rollup.SettlementClient.Tests.Verification;

/// <summary>
/// Test double for the Groth16 checker: a "proof" is valid when its A.x is the public input, so
/// a test can make a proof for any batch and break one on purpose. It counts its calls.
/// </summary>
internal sealed class TestProofChecker : IProofChecker
{
    public int Calls { get; private set; }

    public static BatchProof ProofFor(in Fr publicInput) =>
        new(publicInput.ToBigInteger(), 2, 3, 4, 5, 6, 7, 8);

    public string? Check(BatchProof proof, in Fr publicInput)
    {
        Calls++;
        return proof.Ax == publicInput.ToBigInteger() ? null : "pairing check failed";
    }
}
