using Rollup.SettlementClient.TxManager;

namespace Rollup.SettlementClient.Tests.TxManager;

public class TransactionManagerOptionsTests
{
    private static readonly TransactionManagerOptions Valid = new() { ChainId = 31337 };

    public static TheoryData<string, Func<TransactionManagerOptions, TransactionManagerOptions>> OutOfRange => new()
    {
        { nameof(TransactionManagerOptions.ChainId), o => o with { ChainId = 0 } },
        { nameof(TransactionManagerOptions.Confirmations), o => o with { Confirmations = 0 } },
        { nameof(TransactionManagerOptions.Confirmations), o => o with { Confirmations = 10_001 } },
        { nameof(TransactionManagerOptions.PollInterval), o => o with { PollInterval = TimeSpan.Zero } },
        { nameof(TransactionManagerOptions.BumpAfter), o => o with { BumpAfter = TimeSpan.FromSeconds(-1) } },
        { nameof(TransactionManagerOptions.BumpAfterBlocks), o => o with { BumpAfterBlocks = -1 } },
        { nameof(TransactionManagerOptions.BumpPercent), o => o with { BumpPercent = 9.99m } },
        { nameof(TransactionManagerOptions.MaxFeePerGasCap), o => o with { MaxFeePerGasCap = 0 } },
        { nameof(TransactionManagerOptions.MaxFeePerGasCap), o => o with { MaxFeePerGasCap = 10, MinPriorityFeePerGas = 11 } },
        { nameof(TransactionManagerOptions.MinPriorityFeePerGas), o => o with { MinPriorityFeePerGas = -1 } },
        { nameof(TransactionManagerOptions.PriorityFeePercentile), o => o with { PriorityFeePercentile = 100.5 } },
        { nameof(TransactionManagerOptions.PriorityFeePercentile), o => o with { PriorityFeePercentile = double.NaN } },
        { nameof(TransactionManagerOptions.FeeHistoryBlocks), o => o with { FeeHistoryBlocks = 0 } },
        { nameof(TransactionManagerOptions.GasLimitMarginPercent), o => o with { GasLimitMarginPercent = -5 } },
        { nameof(TransactionManagerOptions.ReceiptTimeout), o => o with { ReceiptTimeout = TimeSpan.Zero } },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Out_of_range_option_is_refused_naming_it(string name, Func<TransactionManagerOptions, TransactionManagerOptions> change)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => change(Valid).Validate());
        Assert.Equal(name, e.ParamName);
    }

    [Fact]
    public void Defaults_with_a_chain_id_are_valid_and_bump_by_at_least_ten_percent()
    {
        Valid.Validate();
        Assert.True(Valid.BumpPercent >= TransactionManagerOptions.MinimumBumpPercent);
        (Valid with { BumpPercent = 10m }).Validate();
    }

    [Fact]
    public async Task Start_refuses_bad_options_before_calling_the_node()
    {
        var node = new ScriptedNode();
        using var journal = new FileTransactionJournal(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            TransactionManager.StartAsync(node.Client(), new Signing.EthECKey(AnvilProcess.FirstDevPrivateKey), journal, Valid with { Confirmations = 0 }));
        Assert.False(File.Exists(journal.Path));
    }
}
