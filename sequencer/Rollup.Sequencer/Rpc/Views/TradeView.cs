using Rollup.Core.Operations;

namespace Rollup.Sequencer.Rpc.Views;

/// <summary>
/// One fill: at the maker's price, for a quantity in thousandths of a contract. Also the payload
/// of a fills subscription's notifications (sent to both accounts' subscribers).
/// </summary>
public sealed record TradeView(
    long Sequence,
    ushort Series,
    ulong Price,
    uint Quantity,
    uint MakerAccountId,
    uint MakerOrderId,
    uint TakerAccountId,
    uint TakerOrderId,
    Side TakerSide,
    ulong Timestamp);
