using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Contracts;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.TxManager;

namespace Rollup.SettlementClient.Tests.TxManager;

/// <summary>Pool refusals and the fee cap, on a scripted node that answers them on cue.</summary>
public sealed class TransactionManagerScriptedTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("txmgr-scripted-").FullName;
    private readonly EthECKey _key = new(AnvilProcess.FirstDevPrivateKey);
    private static readonly TransactionIntent Transfer = new(L1Address.Parse("0x00000000000000000000000000000000000000aa"), [], 5, Label: "transfer");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static TransactionManagerOptions FastBumps(BigInteger? cap = null) => new()
    {
        ChainId = 31337,
        Confirmations = 1,
        PollInterval = TimeSpan.FromMilliseconds(20),
        BumpAfter = TimeSpan.FromMilliseconds(100),
        BumpAfterBlocks = 0,
        ReceiptTimeout = TimeSpan.FromSeconds(10),
        MaxFeePerGasCap = cap ?? 500_000_000_000,
    };

    private FileTransactionJournal Journal() => new(Path.Combine(_directory, "journal"));

    [Fact]
    public async Task Replacement_underpriced_is_answered_with_another_bump_and_the_mined_variant_is_returned()
    {
        var node = new ScriptedNode();
        node.OnSend = (i, tx) =>
        {
            if (i == 1) return "replacement transaction underpriced";
            if (i == 2) node.Mine(tx);
            return null;
        };
        using var journal = Journal();
        var manager = await TransactionManager.StartAsync(node.Client(), _key, journal, FastBumps());

        var receipt = await manager.SendAsync(Transfer);

        Assert.Equal(3, node.Sent.Count);
        Assert.Equal(node.Sent[2].GetHash(), receipt.TransactionHash);
        Assert.All(node.Sent, tx => Assert.Equal(BigInteger.Zero, tx.Transaction.Nonce));
        for (int i = 1; i < 3; i++)
        {
            // Each variant outbids the previous one by at least 12.5 % on both fees.
            Assert.True(node.Sent[i].Transaction.MaxFeePerGas * 1000 >= node.Sent[i - 1].Transaction.MaxFeePerGas * 1125);
            Assert.True(node.Sent[i].Transaction.MaxPriorityFeePerGas * 1000 >= node.Sent[i - 1].Transaction.MaxPriorityFeePerGas * 1125);
        }
        var records = await journal.LoadAsync();
        Assert.Equal(3, records.Count(r => r.Kind == JournalRecordKind.Signed));
        Assert.Equal(JournalRecordKind.Finished, records[^1].Kind);
        Assert.Empty(manager.UnfinishedNonces);
    }

    [Fact]
    public async Task Nonce_too_low_on_a_bump_ends_the_wait_with_the_receipt_of_the_earlier_variant()
    {
        var node = new ScriptedNode();
        node.OnSend = (i, _) =>
        {
            if (i == 0) return null;
            node.Mine(node.Sent[0]);
            return "nonce too low";
        };
        using var journal = Journal();
        var manager = await TransactionManager.StartAsync(node.Client(), _key, journal, FastBumps());

        var receipt = await manager.SendAsync(Transfer);

        Assert.Equal(2, node.Sent.Count);
        Assert.Equal(node.Sent[0].GetHash(), receipt.TransactionHash);
    }

    [Fact]
    public async Task Already_known_counts_as_accepted()
    {
        var node = new ScriptedNode();
        node.OnSend = (i, tx) =>
        {
            node.Mine(tx);
            return "already known";
        };
        using var journal = Journal();
        var manager = await TransactionManager.StartAsync(node.Client(), _key, journal, FastBumps());

        var receipt = await manager.SendAsync(Transfer);

        Assert.Single(node.Sent);
        Assert.Equal(node.Sent[0].GetHash(), receipt.TransactionHash);
    }

    [Fact]
    public async Task Bumping_stops_at_the_fee_cap_and_the_timeout_names_the_cap()
    {
        var node = new ScriptedNode();
        // Initial max fee 2·1 + 1 = 3 gwei; one bump to 3.375 gwei fits a 3.5 gwei cap, the next (3.8) does not.
        var cap = new BigInteger(3_500_000_000);
        using var journal = Journal();
        var manager = await TransactionManager.StartAsync(node.Client(), _key, journal, FastBumps(cap) with { ReceiptTimeout = TimeSpan.FromSeconds(1) });

        var e = await Assert.ThrowsAsync<TransactionTimeoutException>(() => manager.SendAsync(Transfer));

        Assert.Contains("fee cap", e.Message);
        Assert.Equal(0UL, e.Nonce);
        var signed = (await journal.LoadAsync()).Where(r => r.Kind == JournalRecordKind.Signed).ToList();
        Assert.Equal(2, signed.Count);
        Assert.Equal(2, e.TransactionHashes.Count);
        Assert.All(node.Sent, tx => Assert.True(tx.Transaction.MaxFeePerGas <= cap));
        Assert.Equal(new BigInteger(3_375_000_000), node.Sent.Max(tx => tx.Transaction.MaxFeePerGas));
        // The last variant keeps being rebroadcast (the pool may have dropped it) but never re-signed higher.
        Assert.True(node.Sent.Count >= 2);
        Assert.Equal([0UL], manager.UnfinishedNonces);
    }

    [Fact]
    public async Task Fee_cap_below_the_next_block_is_refused_before_signing()
    {
        var node = new ScriptedNode { BaseFee = 10_000_000_000 };
        using var journal = Journal();
        var manager = await TransactionManager.StartAsync(node.Client(), _key, journal, FastBumps(5_000_000_000));

        var e = await Assert.ThrowsAsync<FeeCapExceededException>(() => manager.SendAsync(Transfer));

        Assert.Equal(new BigInteger(11_000_000_000), e.Needed);
        Assert.Equal(new BigInteger(5_000_000_000), e.Cap);
        Assert.Empty(node.Sent);
        Assert.Empty(await journal.LoadAsync());
    }

    [Fact]
    public async Task A_journal_signed_by_another_key_is_refused_at_start()
    {
        var node = new ScriptedNode { OnSend = (_, _) => "transport says no" };
        var other = new EthECKey("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
        using (var journal = Journal())
        {
            var manager = await TransactionManager.StartAsync(node.Client(), other, journal, FastBumps());
            await Assert.ThrowsAsync<TransactionRejectedException>(() => manager.SendAsync(Transfer));
        }
        using var reopened = Journal();
        var e = await Assert.ThrowsAsync<TransactionJournalException>(() => TransactionManager.StartAsync(node.Client(), _key, reopened, FastBumps()));
        Assert.Contains("signed by", e.Message);
    }

    [Fact]
    public async Task A_nonce_used_by_another_sender_is_given_back_and_the_next_nonce_is_read_from_the_node()
    {
        var node = new ScriptedNode();
        node.OnSend = (i, tx) =>
        {
            if (i == 0)
            {
                node.MinedNonce = 3; // three foreign transactions landed meanwhile
                return "nonce too low";
            }
            node.Mine(tx);
            return null;
        };
        using var journal = Journal();
        var manager = await TransactionManager.StartAsync(node.Client(), _key, journal, FastBumps());

        var receipt = await manager.SendAsync(Transfer);

        Assert.Equal(2, node.Sent.Count);
        Assert.Equal(new BigInteger(3), node.Sent[1].Transaction.Nonce);
        Assert.Equal(node.Sent[1].GetHash(), receipt.TransactionHash);
        var records = await journal.LoadAsync();
        Assert.Contains(records, r => r.Kind == JournalRecordKind.Abandoned && r.Nonce == 0);
        Assert.Contains(records, r => r.Kind == JournalRecordKind.Finished && r.Nonce == 3);
    }

    [Fact]
    public async Task A_nonce_taken_by_another_transaction_while_waiting_is_resent_at_a_new_nonce()
    {
        var node = new ScriptedNode();
        node.OnSend = (i, tx) =>
        {
            if (i == 0) node.MinedNonce = 1; // accepted, but another transaction at nonce 0 is what gets mined
            else node.Mine(tx);
            return null;
        };
        using var journal = Journal();
        var manager = await TransactionManager.StartAsync(node.Client(), _key, journal, FastBumps() with { BumpAfter = TimeSpan.FromMinutes(1) });

        var receipt = await manager.SendAsync(Transfer);

        Assert.Equal(2, node.Sent.Count);
        Assert.Equal(BigInteger.Zero, node.Sent[0].Transaction.Nonce);
        Assert.Equal(BigInteger.One, node.Sent[1].Transaction.Nonce);
        Assert.Equal(node.Sent[1].Transaction.Data, node.Sent[0].Transaction.Data);
        Assert.Equal(node.Sent[1].Transaction.Value, node.Sent[0].Transaction.Value);
        Assert.Equal(node.Sent[1].GetHash(), receipt.TransactionHash);
    }

    [Fact]
    public async Task Log_events_carry_label_nonce_and_hash_keys_and_never_the_key()
    {
        var node = new ScriptedNode();
        node.OnSend = (_, tx) =>
        {
            node.Mine(tx);
            return null;
        };
        var logger = new RecordingLogger();
        using var journal = Journal();
        var manager = await TransactionManager.StartAsync(node.Client(), _key, journal, FastBumps(), logger);

        var receipt = await manager.SendAsync(Transfer);

        var hash = Primitives.Hex.Encode(receipt.TransactionHash);
        var confirmed = Assert.Single(logger.Events, e => e.Message.Contains("confirmed", StringComparison.Ordinal));
        Assert.Contains(confirmed.Values, v => v.Key == "TxHash" && (string?)v.Value == hash);
        Assert.Contains(confirmed.Values, v => v.Key == "Nonce" && Equals(v.Value, 0UL));
        Assert.Contains(confirmed.Values, v => v.Key == "Label" && (string?)v.Value == "transfer");
        var secret = AnvilProcess.FirstDevPrivateKey[2..];
        Assert.All(logger.Events, e => Assert.DoesNotContain(secret, e.Message, StringComparison.OrdinalIgnoreCase));
        var raw = Primitives.Hex.Encode(node.Sent[0].GetRawTransaction())[2..];
        Assert.All(logger.Events, e => Assert.DoesNotContain(raw, e.Message, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_transaction_not_mined_after_the_configured_blocks_is_bumped_before_the_time_limit()
    {
        var node = new ScriptedNode();
        node.OnSend = (i, tx) =>
        {
            if (i == 1) node.Mine(tx);
            return null;
        };
        using var journal = Journal();
        var options = FastBumps() with { BumpAfter = TimeSpan.FromMinutes(10), BumpAfterBlocks = 2 };
        var manager = await TransactionManager.StartAsync(node.Client(), _key, journal, options);

        var send = manager.SendAsync(Transfer);
        await Task.Delay(300);
        Assert.Single(node.Sent); // one block later: still waiting
        node.Head += 1;
        await Task.Delay(300);
        Assert.Single(node.Sent);
        node.Head += 1;
        var receipt = await send.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, node.Sent.Count);
        Assert.Equal(node.Sent[1].GetHash(), receipt.TransactionHash);
        Assert.True(node.Sent[1].Transaction.MaxFeePerGas > node.Sent[0].Transaction.MaxFeePerGas);
    }
}
