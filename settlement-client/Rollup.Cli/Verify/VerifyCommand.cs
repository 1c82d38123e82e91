using System.CommandLine;
using System.Text.Json.Nodes;
using Rollup.Cli.L1;
using Rollup.SettlementClient.Verification;

namespace Rollup.Cli.Verify;

/// <summary>
/// `rollup verify`: downloads every committed batch from L1 calldata, re-executes it with
/// Rollup.Core from genesis (or a checkpoint), checks each posted root and commitment and, with
/// --vk, each proof. Exit 0 when every batch checks, 1 at the first that does not.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var l1 = new L1Options(sends: false);
        var genesis = new Option<string>("--genesis") { Description = "genesis.json the rollup was deployed with", Required = true };
        var vk = new Option<string?>("--vk") { Description = "verification_key.json of the batch verifier: proofs on L1 are checked with it" };
        var checkpoint = new Option<string?>("--checkpoint") { Description = "checkpoint file: resumed from when it exists, written as batches verify" };
        var confirmations = new Option<ulong>("--confirmations") { Description = "blocks below the head before an L1 block is read (default 12)", DefaultValueFactory = _ => 12 };
        var fromBlock = new Option<ulong?>("--from-block") { Description = "block to read from with --contract (default the deployment block, else 0)" };
        var command = new Command("verify", "Rebuild the rollup state from L1 and check every committed batch.") { genesis, vk, checkpoint, confirmations, fromBlock };
        l1.AddTo(command);
        command.SetAction((parse, cancellation) => Task.FromResult(context.RunAsync(async () =>
        {
            var checker = L1Verification.ProofChecker(parse.GetValue(vk));
            using var connection = await L1Connection.OpenAsync(context, l1, parse, send: false, cancellation);
            var config = await GenesisCheck.LoadCheckedAsync(parse.GetValue(genesis)!, connection, cancellation);
            var verifier = L1Verification.Verifier(config, parse.GetValue(checkpoint), checker);
            ulong start = parse.GetValue(fromBlock) ?? connection.Deployment?.DeploymentBlock ?? 0;
            var source = L1Verification.Source(connection, start, parse.GetValue(confirmations));
            var lastCommitted = await connection.Rollup.LastCommittedBatchAsync(cancellation: cancellation);
            if (verifier.LastBatch > 0) context.Error.WriteLine($"resuming after batch {verifier.LastBatch} from {parse.GetValue(checkpoint)}");
            var result = await verifier.RunAsync(source, progress: L1Verification.Progress(context, lastCommitted), cancellationToken: cancellation);
            Write(context, result, source, parse.GetValue(l1.Json));
            return result.Succeeded ? ExitCodes.Ok : ExitCodes.CheckFailed;
        })));
        return command;
    }

    internal static void Write(CliContext context, VerificationResult result, SettlementClient.Sync.L1CommittedBatchSource source, bool json)
    {
        if (json)
        {
            var batches = new JsonArray();
            foreach (var r in result.Reports)
                batches.Add(new JsonObject
                {
                    ["batch"] = r.Number,
                    ["verdict"] = r.Verdict.ToString(),
                    ["good"] = r.IsGood,
                    ["operations"] = r.Operations,
                    ["l1Block"] = r.L1BlockNumber,
                    ["txHash"] = r.L1TransactionHash,
                    ["detail"] = r.Detail,
                    // The verifier's side (what re-execution gives) and L1's side (what was posted).
                    ["reexecuted"] = r.Expected,
                    ["posted"] = r.Actual,
                });
            context.Out.WriteLine(new JsonObject
            {
                ["ok"] = result.Succeeded,
                ["lastVerifiedBatch"] = result.LastBatch,
                ["lastProvenBatch"] = result.LastProvenBatch,
                ["root"] = result.Root.ToString(),
                ["operations"] = result.Operations,
                ["seconds"] = Math.Round(result.Elapsed.TotalSeconds, 3),
                ["l1SyncedThrough"] = source.SyncedThrough,
                ["l1Head"] = source.Head,
                ["batches"] = batches,
            }.ToJsonString());
            return;
        }
        foreach (var r in result.Reports)
            context.Out.WriteLine($"batch {r.Number} (L1 block {r.L1BlockNumber}, tx {r.L1TransactionHash}): {L1Verification.Describe(r)}");
        double rate = result.Elapsed.TotalSeconds > 0 ? result.Operations / result.Elapsed.TotalSeconds : 0;
        context.Out.WriteLine(result.Succeeded
            ? $"ok: state verified through batch {result.LastBatch} (proven through {result.LastProvenBatch}), root {result.Root}; {result.Operations} operations in {result.Elapsed.TotalSeconds:F2} s ({rate:F0}/s)"
            : $"MISMATCH at batch {result.Failure!.Number}: {L1Verification.Describe(result.Failure)}; state kept at batch {result.LastBatch}");
    }
}
