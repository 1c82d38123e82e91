using System.Security.Cryptography;
using System.Text;
using Rollup.Core.Ethereum;
using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Core.State;

namespace Rollup.Core.Tests.Protocol;

/// <summary>
/// A small rollup for protocol tests: two underlyings (BTC step 1,000 USD, ETH step 50 USD),
/// three oracles with quorum 2, accounts depth 8, fills depth 6, time starting at day 20000.
/// </summary>
internal sealed class Harness
{
    public const ulong Usd = 1_000_000;
    public const byte Btc = 0;
    public const byte Eth = 1;
    public const ushort Day0 = 20_000;
    public static readonly ulong Start = Day0 * 86_400UL + 3_600;

    public static readonly PrivateKey[] OracleKeys = [TestKeys.FromSeed("oracle-0"), TestKeys.FromSeed("oracle-1"), TestKeys.FromSeed("oracle-2")];

    public Harness(RiskParameters? risk = null, int accountsDepth = 8, int fillsDepth = 6)
    {
        Config = new GenesisConfig
        {
            ChainId = 31337,
            VerifyingContract = L1Address.Parse("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
            AccountsDepth = accountsDepth,
            FillsDepth = fillsDepth,
            Risk = risk ?? new RiskParameters { OracleQuorum = 2 },
            UnderlyingStrikeSteps = [1_000 * Usd, 50 * Usd],
            OracleKeys = OracleKeys.Select(TestKeys.Public).ToArray(),
            FeeAccountOwner = Address("fees"),
            InsuranceAccountOwner = Address("insurance"),
        };
        State = new RollupState(Config);
        Stf = new StateTransition(State) { Timestamp = Start };
    }

    public GenesisConfig Config { get; }
    public RollupState State { get; }
    public StateTransition Stf { get; }
    public MessageDomain Domain => Stf.Domain;

    public ulong Now
    {
        get => Stf.Timestamp;
        set => Stf.Timestamp = value;
    }

    public static L1Address Address(string name) => L1Address.FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes("addr/" + name)).AsSpan(0, 20));

    public OperationResult Apply(Operation op) => Stf.Apply(op);

    public OperationResult MustApply(Operation op)
    {
        var r = Stf.Apply(op);
        Assert.True(r.Accepted, r.ToString());
        return r;
    }

    /// <summary>Creates a funded trader with a registered key through priority operations.</summary>
    public Trader NewTrader(string name, ulong depositUsd)
    {
        var address = Address(name);
        var key = TestKeys.FromSeed(name);
        var (x, y) = TestKeys.Public(key);
        MustApply(new L1RegisterKeyOperation(address, x, y));
        if (depositUsd > 0) MustApply(new DepositOperation(address, depositUsd * Usd));
        return new Trader(name, State.FindAccount(address)!.Id, address, key);
    }

    public void Fund(uint accountId, ulong usd)
    {
        var account = State.GetAccount(accountId)!;
        MustApply(new DepositOperation(account.L1Address, usd * Usd));
    }

    /// <summary>Oracles 0 and 1 (the quorum) sign the same price for the given time.</summary>
    public OraclePriceOperation PriceOp(byte underlying, ulong price, ulong timestamp, OraclePriceKind kind = OraclePriceKind.Index)
    {
        var subs = new List<OracleSubmission>();
        for (byte i = 0; i < 2; i++)
            subs.Add(new OracleSubmission(i, price, TestKeys.Sign(OracleKeys[i], OraclePriceOperation.Message(Domain, kind, underlying, timestamp, price))));
        return new OraclePriceOperation(kind, underlying, timestamp, subs);
    }

    public OperationResult PostPrice(byte underlying, ulong priceUsd, ulong? timestamp = null, OraclePriceKind kind = OraclePriceKind.Index, ulong? rawPrice = null) =>
        Apply(PriceOp(underlying, rawPrice ?? priceUsd * Usd, timestamp ?? Now, kind));

    public ushort List(byte underlying, ulong strikeUsd, ushort day, OptionKind kind)
    {
        var r = MustApply(new ListSeriesOperation(underlying, strikeUsd * Usd, day, kind));
        return ((Rollup.Core.Pubdata.ListSeriesRecord)r.Record!).SeriesIndex;
    }

    public SignedOrder Order(Trader t, uint orderId, ushort series, Side side, ulong priceUsd, uint size,
        bool reduceOnly = false, bool postOnly = false, ulong? expiry = null, ushort maxFeeBps = 10, ulong? rawPrice = null)
    {
        var order = new Order(t.Id, orderId, series, side, rawPrice ?? priceUsd * Usd, size, expiry ?? Now + 3_600, maxFeeBps, reduceOnly, postOnly);
        return new SignedOrder(order, TestKeys.Sign(t.Key, order.Message(Domain)));
    }

    public OperationResult Trade(Trader maker, Trader taker, ushort series, Side takerSide, ulong priceUsd, uint quantity,
        uint makerOrderId = 1, uint takerOrderId = 1)
    {
        var makerSide = takerSide == Side.Buy ? Side.Sell : Side.Buy;
        return Apply(new TradeOperation(
            Order(maker, makerOrderId, series, makerSide, priceUsd, quantity),
            Order(taker, takerOrderId, series, takerSide, priceUsd, quantity),
            quantity));
    }

    public OperationResult Withdraw(Trader t, ulong amount, uint? nonce = null)
    {
        uint n = nonce ?? State.GetAccount(t.Id)!.Nonce;
        return Apply(new WithdrawOperation(t.Id, amount, n, TestKeys.Sign(t.Key, WithdrawOperation.Message(Domain, t.Id, n, amount))));
    }

    public OperationResult Cancel(Trader t, uint orderId) =>
        Apply(new CancelOperation(t.Id, orderId, TestKeys.Sign(t.Key, CancelOperation.Message(Domain, t.Id, orderId))));

    public OperationResult Liquidate(Trader liquidator, uint victim, ushort series, uint quantity)
    {
        uint n = State.GetAccount(liquidator.Id)!.Nonce;
        var msg = LiquidateOperation.Message(Domain, victim, liquidator.Id, series, quantity, n);
        return Apply(new LiquidateOperation(victim, liquidator.Id, series, quantity, n, TestKeys.Sign(liquidator.Key, msg)));
    }

    public ulong Collateral(uint id) => State.GetAccount(id)!.Collateral;

    public long PositionOf(uint id, ushort series) => State.GetAccount(id)!.PositionIn(series).Quantity;

    /// <summary>Lists a BTC call 30 days out and posts a fresh BTC price: the usual starting point.</summary>
    public ushort StandardSeries(ulong strikeUsd = 110_000, ulong spotUsd = 100_000, OptionKind kind = OptionKind.Call)
    {
        var s = List(Btc, strikeUsd, Day0 + 30, kind);
        if (State.GetUnderlying(Btc).PriceTimestamp < Now) Assert.True(PostPrice(Btc, spotUsd).Accepted);
        return s;
    }
}
