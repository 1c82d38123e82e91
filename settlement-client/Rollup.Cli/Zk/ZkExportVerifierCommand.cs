using System.CommandLine;
using Rollup.Prover.Groth16;
using Rollup.Prover.Solidity;

namespace Rollup.Cli.Zk;

/// <summary>`zk export-verifier key Verifier.sol`: a Solidity verifier for a verification key or a proving key.</summary>
internal static class ZkExportVerifierCommand
{
    public static Command Create(CliContext context)
    {
        var key = new Argument<string>("key") { Description = "verification_key.json, or a .zkey (its verifying key is used)" };
        var output = new Argument<string>("verifier") { Description = "where to write the Solidity contract" };
        var name = new Option<string>("--name") { Description = "the contract's name", DefaultValueFactory = _ => SolidityVerifierGenerator.DefaultContractName };
        var command = new Command("export-verifier", "Generate a Solidity Groth16 verifier (EVM precompiles 0x06-0x08) for a key.") { key, output, name };
        command.SetAction(parse => context.Run(() => Run(context, parse.GetValue(key)!, parse.GetValue(output)!, parse.GetValue(name)!)));
        return command;
    }

    internal static int Run(CliContext context, string keyPath, string outputPath, string contractName)
    {
        var vk = ZkInputs.ReadAnyVerifyingKey(keyPath);
        string source;
        try
        {
            source = SolidityVerifierGenerator.Generate(vk, contractName);
        }
        catch (InvalidVerifyingKeyException e)
        {
            throw new CliException(ExitCodes.Refused, $"{keyPath}: key refused: {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            throw new CliException(ExitCodes.Refused, $"{keyPath}: {e.Message}", e);
        }
        ZkInputs.WriteAtomically(outputPath, source);
        context.Out.WriteLine($"verifier {contractName} for {vk.PublicInputCount} public inputs written to {outputPath}");
        return ExitCodes.Ok;
    }
}
