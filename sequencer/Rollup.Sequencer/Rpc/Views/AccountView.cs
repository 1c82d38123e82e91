using System.Text.Json.Serialization;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Sequencer.Rpc.Json;

namespace Rollup.Sequencer.Rpc.Views;

/// <summary>An account as the sequencer sees it now: state fields, positions, resting orders and margin (null while a position cannot be valued: no fresh index price, or an expiry not settled yet).</summary>
public sealed record AccountView(
    uint AccountId,
    L1Address L1Address,
    Fr PublicKeyX,
    Fr PublicKeyY,
    uint Nonce,
    [property: JsonConverter(typeof(DecimalUInt64Converter))] ulong Collateral,
    IReadOnlyList<PositionView> Positions,
    IReadOnlyList<OpenOrderView> OpenOrders,
    MarginView? Margin);
