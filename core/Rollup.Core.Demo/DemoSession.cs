using System.Security.Cryptography;
using System.Text;
using Rollup.Core.Batches;
using Rollup.Core.Ethereum;
using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Core.State;

namespace Rollup.Core.Demo;

/// <summary>
/// A scripted trading session on a fresh rollup: keys, deposits, a listing, trades, an oracle
/// move, a liquidation, expiry settlement and a withdrawal, sealed into batches. It prints the
/// state root after every step and finally rebuilds the state from the published pubdata.
/// </summary>
internal sealed class DemoSession(TextWriter output)
{
    private const ulong Usd = 1_000_000;
    private const byte Btc = 0;
    private const ushort Today = 20_400;
    private static readonly ulong Start = Today * 86_400UL + 9 * 3_600;

    private readonly PrivateKey[] _oracles = [Key("oracle-0"), Key("oracle-1"), Key("oracle-2")];
    private readonly List<Batch> _batches = new();
    private GenesisConfig _config = null!;
    private StateTransition _stf = null!;
    private BatchBuilder _batch = null!;
    private int _step;

    public int Run()
    {
        _config = new GenesisConfig
        {
            ChainId = 31337,
            VerifyingContract = L1Address.Parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"),
            AccountsDepth = 24,
            FillsDepth = 12,
            Risk = new RiskParameters { OracleQuorum = 2 },
            UnderlyingStrikeSteps = [1_000 * Usd],
            OracleKeys = _oracles.Select(k => (k.GetPublicKey().Point.X, k.GetPublicKey().Point.Y)).ToArray(),
            FeeAccountOwner = Address("operator-fees"),
            InsuranceAccountOwner = Address("operator-insurance"),
        };
        var state = new RollupState(_config);
        _stf = new StateTransition(state);
        output.WriteLine($"genesis root {Hex(state.Root)}  (accounts depth {_config.AccountsDepth}, BTC strike step 1,000 USD, oracle quorum 2 of 3)");

        var alice = Key("alice");
        var bob = Key("bob");
        var carol = Key("carol");
        OpenBatch(Start);
        Step("alice registers her L2 key from L1", new L1RegisterKeyOperation(Address("alice"), X(alice), Y(alice)));
        Step("bob registers his L2 key from L1", new L1RegisterKeyOperation(Address("bob"), X(bob), Y(bob)));
        Step("carol (liquidator) registers her key", new L1RegisterKeyOperation(Address("carol"), X(carol), Y(carol)));
        Step("alice deposits 14,000 USD", new DepositOperation(Address("alice"), 14_000 * Usd));
        Step("bob deposits 10,000 USD", new DepositOperation(Address("bob"), 10_000 * Usd));
        Step("carol deposits 100,000 USD", new DepositOperation(Address("carol"), 100_000 * Usd));
        Step("operator funds the insurance fund with 50,000 USD", new DepositOperation(Address("operator-insurance"), 50_000 * Usd));
        Step("oracles post BTC = 100,000", Price(100_000, Start));
        Step("list BTC 110,000 call, 7-day expiry", new ListSeriesOperation(Btc, 110_000 * Usd, Today + 7, OptionKind.Call));
        uint a = Id("alice"), b = Id("bob"), c = Id("carol");
        Step("bob buys 0.6 contract from alice at 2,000", Trade(alice, a, 1, Side.Sell, bob, b, 1, 2_000, size: 1_000, fill: 600));
        Step("bob buys the remaining 0.4 of alice's order", Trade(alice, a, 1, Side.Sell, bob, b, 2, 2_000, size: 1_000, fill: 400));
        Step("bob tries to fill alice's order a third time (refused)", Trade(alice, a, 1, Side.Sell, bob, b, 3, 2_000, size: 1_000, fill: 1));
        Seal();

        OpenBatch(Start + 3_600);
        Step("oracles post BTC = 125,000", Price(125_000, Start + 3_600));
        PrintMargin("alice", a);
        uint nonce = _stf.State.GetAccount(c)!.Nonce;
        Step("carol liquidates alice's short", new LiquidateOperation(a, c, 0, 1_000, nonce,
            carol.Sign(LiquidateOperation.Message(_stf.Domain, a, c, 0, 1_000, nonce))));
        Seal();

        ulong expiry = SeriesTerms.ExpiryOfDay(Today + 7);
        OpenBatch(expiry + 1_800);
        Step("oracles post the settlement price 120,000", Price(120_000, expiry, OraclePriceKind.Settlement));
        Step("settle carol's short", new SettleOperation(c, 0));
        Step("settle bob's long", new SettleOperation(b, 0));
        Step("bob withdraws 15,000 USD", new WithdrawOperation(b, 15_000 * Usd, 0, bob.Sign(WithdrawOperation.Message(_stf.Domain, b, 0, 15_000 * Usd))));
        Seal();

        foreach (var acct in new[] { ("alice", a), ("bob", b), ("carol", c), ("fees", Limits.FeeAccountId), ("insurance", Limits.InsuranceAccountId) })
            output.WriteLine($"  {acct.Item1,-10} collateral {Format(_stf.State.GetAccount(acct.Item2)!.Collateral)} USD");

        return VerifyFromPubdata() ? 0 : 1;
    }

    private void OpenBatch(ulong timestamp) => _batch = new BatchBuilder(_stf, (ulong)_batches.Count + 1, timestamp, slots: 16);

    private void Step(string what, Operation op)
    {
        var r = _batch.Add(op);
        _step++;
        var verdict = r.Accepted ? "ok" : $"refused: {r.Reason}";
        output.WriteLine($"{_step,3}. {what,-56} {verdict,-22} root {Hex(_stf.State.Root)}");
    }

    private void Seal()
    {
        var batch = _batch.Seal();
        _batches.Add(batch);
        output.WriteLine($"  sealed batch {batch.Number}: {batch.Records.Count} slots, {batch.Pubdata.Length} bytes of pubdata, " +
            $"priority [{batch.PriorityFirst}, {batch.PriorityEnd}), public input {Hex(batch.PublicInput())}");
    }

    private bool VerifyFromPubdata()
    {
        var rebuilt = new StateTransition(new RollupState(_config));
        foreach (var batch in _batches)
        {
            var commitment = BatchReplayer.Replay(rebuilt, batch.Number, batch.PriorityFirst, batch.Pubdata);
            bool ok = rebuilt.State.Root == batch.NewRoot && commitment == batch.PublicInput();
            output.WriteLine($"  rebuilt batch {batch.Number} from pubdata: root {Hex(rebuilt.State.Root)} {(ok ? "matches" : "MISMATCH")}");
            if (!ok) return false;
        }
        return true;
    }

    private void PrintMargin(string name, uint id)
    {
        if (Margin.MarginEngine.TryCompute(_stf.State, _stf.State.GetAccount(id)!, _stf.Timestamp, out var m, out _))
            output.WriteLine($"     {name}: equity {Format(m.Equity)} USD, maintenance {Format(m.Maintenance)} USD -> {(m.MeetsMaintenance ? "safe" : "liquidatable")}");
    }

    private TradeOperation Trade(PrivateKey makerKey, uint maker, uint makerOrder, Side makerSide, PrivateKey takerKey, uint taker, uint takerOrder,
        ulong priceUsd, uint size, uint fill)
    {
        var takerSide = makerSide == Side.Buy ? Side.Sell : Side.Buy;
        var m = new Order(maker, makerOrder, 0, makerSide, priceUsd * Usd, size, Start + 86_400, 10);
        var t = new Order(taker, takerOrder, 0, takerSide, priceUsd * Usd, fill, Start + 86_400, 10);
        return new TradeOperation(new SignedOrder(m, makerKey.Sign(m.Message(_stf.Domain))), new SignedOrder(t, takerKey.Sign(t.Message(_stf.Domain))), fill);
    }

    private OraclePriceOperation Price(ulong usd, ulong timestamp, OraclePriceKind kind = OraclePriceKind.Index)
    {
        var subs = new List<OracleSubmission>();
        for (byte i = 0; i < 2; i++)
            subs.Add(new OracleSubmission(i, (usd + i) * Usd, _oracles[i].Sign(OraclePriceOperation.Message(_stf.Domain, kind, Btc, timestamp, (usd + i) * Usd))));
        return new OraclePriceOperation(kind, Btc, timestamp, subs);
    }

    private uint Id(string name) => _stf.State.FindAccount(Address(name))!.Id;

    private static PrivateKey Key(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes("demo/" + name)));

    private static Fr X(PrivateKey k) => k.GetPublicKey().Point.X;

    private static Fr Y(PrivateKey k) => k.GetPublicKey().Point.Y;

    private static L1Address Address(string name) => L1Address.FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 20));

    private static string Hex(in Fr f) => "0x" + Convert.ToHexStringLower(f.ToBigEndianBytes())[..16] + "…";

    private static string Format(ulong micro) => (micro / (decimal)Usd).ToString("N2", System.Globalization.CultureInfo.InvariantCulture);

    private static string Format(Int128 scaled) => ((decimal)(scaled / 100_000) / 100_000_000m).ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
}
