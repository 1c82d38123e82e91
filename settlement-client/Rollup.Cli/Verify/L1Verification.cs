using System.Text.Json;
using Rollup.Cli.L1;
using Rollup.Cli.Verification;
using Rollup.Core.State;
using Rollup.Prover.Formats;
using Rollup.SettlementClient.Sync;
using Rollup.SettlementClient.Verification;

namespace Rollup.Cli.Verify;

/// <summary>Rebuilding and checking the state from L1, shared by `verify`, `account-proof`, `exit` and `devnet`.</summary>
internal static class L1Verification
{
    public static L1CommittedBatchSource Source(L1Connection l1, ulong startBlock, ulong confirmations) =>
        new(l1.Eth, new L1SyncOptions { Contract = l1.Rollup.Address, StartBlock = startBlock, Confirmations = confirmations, PollInterval = TimeSpan.FromSeconds(1) });

    public static IProofChecker? ProofChecker(string? verifyingKeyPath)
    {
        if (verifyingKeyPath is null) return null;
        if (!File.Exists(verifyingKeyPath)) throw new CliException(ExitCodes.BadInput, $"verifying key {verifyingKeyPath} does not exist");
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(verifyingKeyPath));
            return new Groth16ProofChecker(SnarkjsJson.ReadVerifyingKey(json.RootElement));
        }
        catch (Exception e) when (e is JsonException or SnarkjsFormatException or FormatException)
        {
            throw new CliException(ExitCodes.BadInput, $"{verifyingKeyPath}: {e.Message}", e);
        }
    }

    /// <summary>A verifier from the checkpoint when it exists, else from genesis; the checkpoint path is where it saves.</summary>
    public static StateVerifier Verifier(GenesisConfig genesis, string? checkpointPath, IProofChecker? checker)
    {
        var options = new StateVerifierOptions { CheckpointPath = checkpointPath };
        if (checkpointPath is null || !File.Exists(checkpointPath)) return new StateVerifier(genesis, options, checker);
        try
        {
            return StateVerifier.Resume(genesis, CheckpointFile.Read(checkpointPath, genesis), options, checker);
        }
        catch (CheckpointException e)
        {
            throw new CliException(ExitCodes.BadInput, $"{checkpointPath}: {e.Message}", e);
        }
    }

    /// <summary>One line per batch on stderr while verifying: the progress of a long run.</summary>
    public static IProgress<BatchReport> Progress(CliContext context, ulong lastCommitted) =>
        new SynchronousProgress<BatchReport>(r =>
            context.Error.WriteLine($"batch {r.Number}/{lastCommitted}: {Describe(r)}"));

    public static string Describe(BatchReport r) => r.Verdict switch
    {
        BatchVerdict.Verified => $"verified, proof checked ({r.Operations} operations)",
        BatchVerdict.ProofNotChecked => $"root and commitment verified; proven on L1, proof not checked (no --vk) ({r.Operations} operations)",
        BatchVerdict.NotProven => $"root and commitment verified; not proven yet ({r.Operations} operations)",
        _ => $"{r.Verdict}: {r.Detail}" + (r.Expected is null ? "" : $" (re-executed {r.Expected}, on L1 {r.Actual})"),
    };
}
