namespace Rollup.Prover.Tests.Solidity;

/// <param name="Bytecode">Creation code as 0x-hex, ready for a deployment transaction.</param>
internal sealed record CompiledContract(string Compiler, string Bytecode, int DeployedSize, string[] Warnings);
