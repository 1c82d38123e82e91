using System.Text.Json.Serialization;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Sequencer.Rpc.Json;

namespace Rollup.Sequencer.Rpc.Views;

/// <summary>
/// An account leaf's Merkle path to a state root, with the leaf's fields so the client can
/// recompute the leaf (PROTOCOL.md §4.1) and fold the siblings bottom-up to the accounts root.
/// <see cref="RootInputs"/> are the seven inputs of the state root (accounts root, series root,
/// underlyings root, expiries root, oracles root, risk parameters hash, priority cursor):
/// the first must equal the folded path, and Poseidon of all seven is <see cref="Root"/>.
/// </summary>
public sealed record AccountProofView(
    Fr Root,
    uint AccountId,
    Fr Leaf,
    IReadOnlyList<Fr> Siblings,
    Fr PublicKeyX,
    Fr PublicKeyY,
    L1Address L1Address,
    uint Nonce,
    [property: JsonConverter(typeof(DecimalUInt64Converter))] ulong Collateral,
    Fr PositionsRoot,
    Fr FillsRoot,
    IReadOnlyList<Fr>? RootInputs = null);
