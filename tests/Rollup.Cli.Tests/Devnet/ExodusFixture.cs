using Rollup.SettlementClient.Contracts.Rollup;

namespace Rollup.Cli.Tests.Devnet;

/// <summary>
/// The session on a devnet whose verifier is the EchoVerifier test double (it accepts a proof
/// whose a[0] is the public input): batches 1 and 2 are proven, batch 3 is not, a deposit is left
/// unconsumed past its deadline and exodus is switched on. The finalized state is batch 2's, in
/// which bob holds a long call and carol the short she took over in the liquidation.
/// </summary>
public sealed class ExodusFixture : DevnetFixture
{
    protected override string VerifierArtifact => "EchoVerifier";

    protected override async Task AfterSessionAsync()
    {
        var rollup = Net.Operator.Rollup;
        for (ulong n = 1; n <= 2; n++)
        {
            var commitment = (await rollup.BatchAsync(n)).Commitment;
            await rollup.ProveBatchAsync(n, new Groth16Proof([commitment.ToBigInteger(), 0], [[0, 0], [0, 0]], [0, 0]));
        }
        var late = await Net.ActorAsync("late-depositor", 6, CancellationToken.None);
        await Net.Token(Net.Operator).MintAsync(late.Address, 1_000_000);
        await late.Rollup.DepositAsync(late.Address, 1_000_000);
        await Net.AdvanceTimeAsync(601, CancellationToken.None);
        await rollup.ActivateExodusAsync();
    }
}
