using Rollup.Cli.Zk;
using Rollup.Prover.Groth16;

namespace Rollup.Cli.Tests.Zk;

public sealed class VerifierWarmUpTests
{
    [Fact]
    public async Task Warm_up_runs_the_whole_verification_of_its_made_up_proof()
    {
        // Any earlier refusal (a key or proof check) would leave the pairing code uncompiled;
        // an exception would end the warm-up unnoticed in the CLI.
        Assert.Equal(VerificationFailure.PairingFailed, await VerifierWarmUp.Start());
    }
}
