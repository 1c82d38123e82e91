using System.Numerics;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>
/// The Groth16Proof struct of a proveBatch call in snarkjs' calling convention: A and C are G1
/// points (x, y); B is a G2 point with each coordinate as (c1, c0).
/// </summary>
public sealed record Groth16ProofCalldata(BigInteger[] A, BigInteger[][] B, BigInteger[] C);
