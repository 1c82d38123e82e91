using System.CommandLine;
using Rollup.Cli.L1;
using Rollup.Cli.Verify;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Verification;

namespace Rollup.Cli.Exodus;

/// <summary>
/// The options and work `account-proof` and `exit` share: rebuild the state from L1 up to the
/// last finalized (proven) batch, checking every batch on the way, and build the exit proof of
/// one account there. Nothing is taken from the operator.
/// </summary>
internal sealed class FinalizedAccount
{
    public Option<string> Genesis { get; } = new("--genesis") { Description = "genesis.json the rollup was deployed with", Required = true };
    public Option<uint?> Account { get; } = new("--account") { Description = "L2 account id" };
    public Option<string?> Address { get; } = new("--address") { Description = "L1 address owning the account (instead of --account)" };
    public Option<string?> Checkpoint { get; } = new("--checkpoint") { Description = "verification checkpoint file to resume from and update" };
    public Option<ulong> SyncConfirmations { get; } = new("--sync-confirmations") { Description = "blocks below the head before an L1 block is read (default 12)", DefaultValueFactory = _ => 12 };

    public void AddTo(Command command)
    {
        command.Options.Add(Genesis);
        command.Options.Add(Account);
        command.Options.Add(Address);
        command.Options.Add(Checkpoint);
        command.Options.Add(SyncConfirmations);
    }

    /// <param name="defaultOwner">The account of this address when neither --account nor --address is given (the sender's, for exit).</param>
    public async Task<AccountExitProof> BuildAsync(CliContext context, ParseResult parse, L1Connection l1, L1Address? defaultOwner, CancellationToken cancellation)
    {
        var genesis = await GenesisCheck.LoadCheckedAsync(parse.GetValue(Genesis)!, l1, cancellation);
        var finalized = await l1.Rollup.LastProvenBatchAsync(cancellation: cancellation);
        if (finalized == 0) throw new CliException(ExitCodes.Refused, "no batch is finalized yet: the only finalized state is genesis, which holds no accounts");
        var verifier = L1Verification.Verifier(genesis, parse.GetValue(Checkpoint), checker: null);
        if (verifier.LastBatch > finalized)
            throw new CliException(ExitCodes.BadInput, $"the checkpoint is at batch {verifier.LastBatch}, past the last finalized batch {finalized}; use another checkpoint");
        ulong start = l1.Deployment?.DeploymentBlock ?? 0;
        var source = L1Verification.Source(l1, start, parse.GetValue(SyncConfirmations));
        var result = await verifier.RunAsync(source, stopAfter: finalized, progress: L1Verification.Progress(context, finalized), cancellationToken: cancellation);
        if (!result.Succeeded)
            throw new CliException(ExitCodes.CheckFailed, $"batch {result.Failure!.Number} does not verify ({L1Verification.Describe(result.Failure)}): no proof is built on a state L1 does not back");
        if (verifier.LastBatch != finalized)
            throw new CliException(ExitCodes.Node, $"L1 shows batches only through {verifier.LastBatch} at {parse.GetValue(SyncConfirmations)} confirmations; batch {finalized} is finalized: wait or lower --sync-confirmations");
        uint id = ResolveAccount(parse, verifier, defaultOwner);
        return AccountExitProof.Build(verifier.State, finalized, id);
    }

    private uint ResolveAccount(ParseResult parse, StateVerifier verifier, L1Address? defaultOwner)
    {
        var id = parse.GetValue(Account);
        var address = parse.GetValue(Address);
        if (id is not null && address is not null) throw new CliException(ExitCodes.Usage, "give --account or --address, not both");
        if (id is not null)
            return verifier.State.GetAccount(id.Value) is not null ? id.Value : throw new CliException(ExitCodes.Refused, $"account {id} does not exist at the finalized state");
        L1Address owner;
        if (address is not null)
        {
            if (!L1Address.TryParse(address, out owner)) throw new CliException(ExitCodes.Usage, $"--address {address} is not an address");
        }
        else
        {
            owner = defaultOwner ?? throw new CliException(ExitCodes.Usage, "give --account or --address");
        }
        return verifier.State.FindAccount(owner)?.Id ?? throw new CliException(ExitCodes.Refused, $"{owner} owns no account at the finalized state");
    }
}
