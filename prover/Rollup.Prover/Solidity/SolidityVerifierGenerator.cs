using System.Text.RegularExpressions;
using Rollup.Prover.Groth16;

namespace Rollup.Prover.Solidity;

/// <summary>
/// Generates a self-contained Solidity Groth16 verifier for one BN254 verifying key, with the
/// key embedded as constants and snarkjs' calling convention:
/// <c>verifyProof(uint256[2] a, uint256[2][2] b, uint256[2] c, uint256[N] input) returns (bool)</c>.
/// The output depends only on the key and the contract name, so regenerating gives no diff.
/// </summary>
public static partial class SolidityVerifierGenerator
{
    public const string DefaultContractName = "Groth16Verifier";

    /// <summary>The compiler range the contract declares (assembly ("memory-safe") needs 0.8.13 or later).</summary>
    public const string SolidityVersionRange = "^0.8.20";

    /// <summary>The generator's name as the generated file's header gives it.</summary>
    public const string ToolName = "Rollup.Prover SolidityVerifierGenerator";

    /// <summary>
    /// The contract's source. Refuses, with <see cref="InvalidVerifyingKeyException"/>, a key that
    /// <see cref="Groth16Verifier.CheckKey"/> refuses (an invalid point, or δ = γ), and a key without
    /// public inputs (Solidity has no zero-length arrays); a contract name that is not a Solidity
    /// identifier is an <see cref="ArgumentException"/>.
    /// </summary>
    public static string Generate(VerifyingKey vk, string contractName = DefaultContractName)
    {
        ArgumentNullException.ThrowIfNull(vk);
        ArgumentNullException.ThrowIfNull(contractName);
        if (!Identifier().IsMatch(contractName))
            throw new ArgumentException($"'{contractName}' is not a Solidity identifier", nameof(contractName));
        InvalidVerifyingKeyException.ThrowIfInvalid(vk);
        if (vk.PublicInputCount < 1)
            throw new ArgumentException("the verifying key has no public inputs; the verifier's input array would be empty", nameof(vk));
        return Emit(vk, contractName);
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();
}
