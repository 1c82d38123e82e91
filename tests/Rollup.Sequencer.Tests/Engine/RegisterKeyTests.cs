using System.Security.Cryptography;
using System.Text;
using Rollup.Core.Ethereum;
using Rollup.Core.Operations;
using Rollup.Sequencer.Engine;
using Rollup.SettlementClient.Signing;
using static Rollup.Sequencer.Tests.Engine.EngineHarness;

namespace Rollup.Sequencer.Tests.Engine;

public class RegisterKeyTests
{
    private static EthECKey Wallet(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes("wallet/" + name)));

    private static RegisterKeyOperation Register(EngineHarness h, EthECKey signer, L1Address owner, uint account, uint nonce, string l2Seed)
    {
        var (x, y) = Public(KeyOf(l2Seed));
        var digest = RegisterKeyTypedData.Digest(h.Domain.ChainId, h.Domain.VerifyingContract, owner, x, y, nonce);
        return new RegisterKeyOperation(account, x, y, nonce, signer.Sign(digest).ToBytes());
    }

    [Fact]
    public async Task Register_key_signed_by_the_account_owner_sets_the_key_and_a_foreign_signature_changes_nothing()
    {
        await using var h = await StartAsync();
        var wallet = Wallet("owner");
        var owner = wallet.GetAddress();
        await h.PriorityAsync(new DepositOperation(owner, 1_000 * Usd));
        uint id = await h.Engine.ReadAsync(v => v.State.FindAccount(owner)!.Id);

        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.BadSignature,
            () => h.Engine.RegisterKeyAsync(Register(h, Wallet("intruder"), owner, id, 0, "l2")));
        var accepted = Must(await h.Engine.RegisterKeyAsync(Register(h, wallet, owner, id, 0, "l2")));

        Assert.True(accepted.Sequence > 0);
        var (x, y) = Public(KeyOf("l2"));
        Assert.Equal((x, y, 1u), await h.Engine.ReadAsync(v => (v.State.GetAccount(id)!.PublicKeyX, v.State.GetAccount(id)!.PublicKeyY, v.State.GetAccount(id)!.Nonce)));
        // The new key signs at once: the key directory follows the writer.
        var trader = new Trader("owner", id, owner, KeyOf("l2"));
        Must(await h.Engine.WithdrawAsync(await h.WithdrawAsync(trader, 1 * Usd)));
    }
}
