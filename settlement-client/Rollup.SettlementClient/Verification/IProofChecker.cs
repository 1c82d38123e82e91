using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Verification;

/// <summary>
/// Checks a batch's Groth16 proof against its single public input with the verifying key the
/// contract was deployed with. The verification engine holds no key and no pairing code; the
/// CLI supplies the prover library's verifier.
/// </summary>
public interface IProofChecker
{
    /// <returns>Null when the proof is valid, else why it is not.</returns>
    string? Check(BatchProof proof, in Fr publicInput);
}
