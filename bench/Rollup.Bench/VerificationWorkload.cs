using System.Security.Cryptography;
using Rollup.Core.Batches;
using Rollup.Core.Ethereum;
using Rollup.Core.Execution;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;
using Rollup.SettlementClient.Verification;

namespace Rollup.Bench;

/// <summary>
/// Committed batches as a busy exchange would post them, built record by record on a state of
/// production depth (accounts 24, fills 12): one setup batch that opens the accounts, posts a
/// price and lists six series, then full batches of 1,024 records: an index price, 30 deposits,
/// 20 withdrawals and 973 trades between random accounts in random series at random sizes.
/// Every record is applied while building, so the posted roots and commitments are real.
/// </summary>
internal sealed class VerificationWorkload
{
    public const int BatchSize = 1_024;
    private const ulong Usd = 1_000_000;
    private const ushort Day0 = 20_400;
    private readonly Random _rng;
    private readonly StateTransition _stf;
    private readonly int _accounts;
    private ulong _time = Day0 * 86_400UL + 9 * 3_600;
    private uint _orderId;
    private ulong _price = 100_000 * Usd;

    public VerificationWorkload(int accounts, int seed = 1)
    {
        _rng = new Random(seed);
        _accounts = accounts;
        Config = new GenesisConfig
        {
            AccountsDepth = 24,
            FillsDepth = 12,
            UnderlyingStrikeSteps = [1_000 * Usd],
            Risk = new RiskParameters { MaxPriceAgeSeconds = 86_400 },
            FeeAccountOwner = Address(1_000_000_001),
            InsuranceAccountOwner = Address(1_000_000_002),
        };
        _stf = new StateTransition(new RollupState(Config)) { CollectTrace = false };
    }

    public GenesisConfig Config { get; }

    public List<CommittedBatch> Batches { get; } = new();

    /// <summary>Accounts are 2 .. accounts+1 (0 and 1 are the fee and insurance accounts).</summary>
    public VerificationWorkload Setup()
    {
        var records = new List<PubdataRecord>();
        for (int i = 0; i < _accounts; i++) records.Add(new DepositRecord((uint)(i + 2), Address(i), 10_000_000 * Usd));
        records.Add(new OraclePriceRecord(OraclePriceKind.Index, 0, _time, _price));
        for (ushort s = 0; s < 6; s++)
            records.Add(new ListSeriesRecord(s, 0, (90_000 + 5_000UL * s) * Usd, (ushort)(Day0 + 30), s % 2 == 0 ? OptionKind.Call : OptionKind.Put));
        Seal(records);
        return this;
    }

    public VerificationWorkload TradeBatches(int count)
    {
        for (int b = 0; b < count; b++)
        {
            _time += 60;
            _price += (ulong)_rng.Next(0, 200) * Usd;
            var records = new List<PubdataRecord>(BatchSize) { new OraclePriceRecord(OraclePriceKind.Index, 0, _time, _price) };
            for (int i = 0; i < 30; i++)
            {
                int a = _rng.Next(_accounts);
                records.Add(new DepositRecord((uint)(a + 2), Address(a), (ulong)_rng.Next(1, 5_000) * Usd));
            }
            for (int i = 0; i < 20; i++)
            {
                int a = _rng.Next(_accounts);
                records.Add(new WithdrawRecord((uint)(a + 2), Address(a), (ulong)_rng.Next(1, 1_000) * Usd));
            }
            while (records.Count < BatchSize)
            {
                uint maker = (uint)_rng.Next(_accounts) + 2;
                uint taker;
                do taker = (uint)_rng.Next(_accounts) + 2; while (taker == maker);
                records.Add(new TradeRecord(maker, taker, ++_orderId, ++_orderId, (ushort)_rng.Next(6), (uint)_rng.Next(1, 11) * 100,
                    (ulong)_rng.Next(500, 3_000) * Usd, _rng.Next(2) == 0));
            }
            Seal(records);
        }
        return this;
    }

    private void Seal(List<PubdataRecord> records)
    {
        var state = _stf.State;
        var oldRoot = state.Root;
        ulong first = state.PriorityCursor;
        _stf.Timestamp = _time;
        foreach (var r in records) _stf.ApplyRecord(r);
        var pubdata = PubdataCodec.Encode(_time, records);
        ulong number = (ulong)Batches.Count + 1;
        var commitment = BatchCommitment.Compute(oldRoot, state.Root, number, first, state.PriorityCursor, pubdata);
        Batches.Add(new CommittedBatch(number, first, state.PriorityCursor, oldRoot, state.Root, commitment, pubdata, 1_000 + number, "0x" + new string('0', 64)));
    }

    private static L1Address Address(int i) => L1Address.FromBytes(SHA256.HashData(BitConverter.GetBytes(i)).AsSpan(0, 20));
}
