using System.Security.Cryptography;
using System.Text;
using Rollup.Core.Batches;
using Rollup.Core.Ethereum;
using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Core.State;
using Rollup.SettlementClient.Verification;

namespace Rollup.SettlementClient.Tests.Verification;

/// <summary>
/// A trading scenario run through core's BatchBuilder, as the sequencer would: keys, deposits,
/// oracle prices, a listing, trades among several traders, a withdrawal and a settlement price,
/// sealed into batches and turned into what L1 would hold for them.
/// </summary>
internal sealed class ScriptedScenario
{
    public const ulong Usd = 1_000_000;
    private const ushort Today = 20_400;
    private static readonly ulong Start = Today * 86_400UL + 9 * 3_600;
    private readonly PrivateKey[] _oracles = [Key("oracle-0"), Key("oracle-1")];
    private readonly StateTransition _stf;
    private readonly List<Batch> _batches = new();
    private readonly PrivateKey[] _traders;
    private BatchBuilder _builder = null!;
    private uint _orderId;

    public ScriptedScenario(int traders = 6)
    {
        Config = new GenesisConfig
        {
            AccountsDepth = 16,
            FillsDepth = 8,
            Risk = new RiskParameters { OracleQuorum = 2, MaxPriceAgeSeconds = 30 * 86_400 },
            UnderlyingStrikeSteps = [1_000 * Usd],
            OracleKeys = _oracles.Select(k => (k.GetPublicKey().Point.X, k.GetPublicKey().Point.Y)).ToArray(),
            FeeAccountOwner = Address("fees"),
            InsuranceAccountOwner = Address("insurance"),
        };
        _stf = new StateTransition(new RollupState(Config)) { CollectTrace = false };
        _traders = Enumerable.Range(0, traders).Select(i => Key($"trader-{i}")).ToArray();
    }

    public GenesisConfig Config { get; }

    public RollupState State => _stf.State;

    public IReadOnlyList<Batch> Batches => _batches;

    /// <summary>Four batches: onboarding and a listing; trades; more trades, a withdrawal and a late deposit; a settlement and trades in a second series.</summary>
    public ScriptedScenario Run()
    {
        Open(Start);
        for (int i = 0; i < _traders.Length; i++)
        {
            var k = _traders[i].GetPublicKey().Point;
            Must(new L1RegisterKeyOperation(Address($"trader-{i}"), k.X, k.Y));
            Must(new DepositOperation(Address($"trader-{i}"), (50_000 + (ulong)i * 1_000) * Usd));
        }
        Must(Price(100_000, Start));
        Must(new ListSeriesOperation(0, 110_000 * Usd, Today + 7, OptionKind.Call));
        Must(new ListSeriesOperation(0, 95_000 * Usd, Today + 1, OptionKind.Put));
        Seal();

        Open(Start + 600);
        for (int i = 0; i < 8; i++) Must(Trade(i % _traders.Length, (i + 1) % _traders.Length, 0, 2_000 + (ulong)i * 10, 500));
        Seal();

        Open(Start + 1_200);
        for (int i = 0; i < 6; i++) Must(Trade(i % 2, 2 + i % 4, 1, 1_500, 250));
        Must(Withdraw(1, 1_000 * Usd));
        Must(new DepositOperation(Address("late"), 7_000 * Usd));
        Seal();

        ulong expiry = SeriesTerms.ExpiryOfDay(Today + 1);
        Open(expiry + 60);
        Must(Price(97_000, expiry, OraclePriceKind.Settlement));
        Must(Price(98_000, expiry + 60));
        for (int i = 0; i < 5; i++) Must(Trade(i % _traders.Length, (i + 3) % _traders.Length, 0, 1_800, 300));
        Seal();
        return this;
    }

    /// <summary>What L1 holds for each batch; <paramref name="proven"/> batches carry a proof the test checker accepts.</summary>
    public List<CommittedBatch> Committed(Func<ulong, bool>? proven = null) =>
        _batches.Select(b => new CommittedBatch(b.Number, b.PriorityFirst, b.PriorityEnd, b.OldRoot, b.NewRoot, b.PublicInput(), b.Pubdata.ToArray(),
            100 + b.Number * 3, "0x" + Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(b.Number))),
            proven?.Invoke(b.Number) == true ? TestProofChecker.ProofFor(b.PublicInput()) : null)).ToList();

    private void Open(ulong timestamp) => _builder = new BatchBuilder(_stf, (ulong)_batches.Count + 1, timestamp, slots: 24);

    private void Seal() => _batches.Add(_builder.Seal());

    private void Must(Operation op)
    {
        var r = _builder.Add(op);
        if (!r.Accepted) throw new InvalidOperationException($"scripted operation refused: {r}");
    }

    private uint Id(int trader) => _stf.State.FindAccount(Address($"trader-{trader}"))!.Id;

    private TradeOperation Trade(int maker, int taker, ushort series, ulong priceUsd, uint quantity)
    {
        var m = new Order(Id(maker), ++_orderId, series, Side.Sell, priceUsd * Usd, quantity, Start + 30 * 86_400, 10);
        var t = new Order(Id(taker), ++_orderId, series, Side.Buy, priceUsd * Usd, quantity, Start + 30 * 86_400, 10);
        return new TradeOperation(new SignedOrder(m, _traders[maker].Sign(m.Message(_stf.Domain))), new SignedOrder(t, _traders[taker].Sign(t.Message(_stf.Domain))), quantity);
    }

    private WithdrawOperation Withdraw(int trader, ulong amount)
    {
        uint id = Id(trader);
        uint nonce = _stf.State.GetAccount(id)!.Nonce;
        return new WithdrawOperation(id, amount, nonce, _traders[trader].Sign(WithdrawOperation.Message(_stf.Domain, id, nonce, amount)));
    }

    private OraclePriceOperation Price(ulong usd, ulong timestamp, OraclePriceKind kind = OraclePriceKind.Index)
    {
        var subs = new List<OracleSubmission>();
        for (byte i = 0; i < 2; i++)
            subs.Add(new OracleSubmission(i, (usd + i) * Usd, _oracles[i].Sign(OraclePriceOperation.Message(_stf.Domain, kind, 0, timestamp, (usd + i) * Usd))));
        return new OraclePriceOperation(kind, 0, timestamp, subs);
    }

    private static PrivateKey Key(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes("verify-test/" + name)));

    public static L1Address Address(string name) => L1Address.FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 20));
}
