using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Risk;
using Rollup.SettlementClient.Keys;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Service;

/// <summary>
/// The operator's key, loaded once, and what the engine derives from it: receipts are signed
/// with it, and the account it owns on L2 (once a deposit created it) is the liquidator, with
/// the L2 key a wallet derives from it (PROTOCOL.md §3.2). Without a key there are no receipts,
/// so the service refuses to start.
/// </summary>
public sealed class OperatorIdentity
{
    private readonly EthECKey? _key;

    public OperatorIdentity(OperatorKeyProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        Source = provider.ToString();
        if (!provider.IsConfigured) return;
        _key = provider.Load();
        Liquidator = new LiquidatorOwner(_key.GetAddress(), L2KeyFromEthereum.Derive(_key));
    }

    public string Source { get; }

    public LiquidatorOwner? Liquidator { get; }

    public EthECKey RequireKey() => _key ?? throw new SequencerOptionsException(
        [$"{SequencerOptions.Section}:OperatorKey:Source is None, but receipts are signed with the operator key; use Environment, Keystore or DevnetAccount"]);
}
