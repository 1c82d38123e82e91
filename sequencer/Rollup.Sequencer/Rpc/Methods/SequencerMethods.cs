using Rollup.Sequencer.Receipts;
using Rollup.Sequencer.Rpc.Subscriptions;

namespace Rollup.Sequencer.Rpc.Methods;

/// <summary>
/// Registers the sequencer's methods on a registry, each as a thin adapter: strict params in,
/// a call on <see cref="ISequencerApi"/> (or the admin interface), a typed result out.
/// </summary>
public static partial class SequencerMethods
{
    public const string Prefix = "rollup_";

    public static MethodRegistry CreateRegistry(ISequencerApi api, ReceiptBatcher receipts, SubscriptionHub hub, ISequencerAdmin? admin)
    {
        var registry = new MethodRegistry();
        AddWrites(registry, api, receipts);
        AddReads(registry, api, receipts);
        AddSubscriptions(registry, hub);
        if (admin is not null) AddAdmin(registry, admin);
        return registry;
    }

    private static string AccountKey(uint accountId) => "account:" + accountId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
