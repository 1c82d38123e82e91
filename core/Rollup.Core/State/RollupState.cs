using Rollup.Core.Ethereum;
using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.Trees;

namespace Rollup.Core.State;

/// <summary>
/// The complete rollup state: the accounts tree with each account's subtrees, the series
/// registry, underlyings, expiries, oracle set, risk parameters and the priority-queue cursor.
/// Root = Poseidon(accountsRoot, seriesRoot, underlyingsRoot, expiriesRoot, oraclesRoot,
/// riskParametersHash, priorityCursor). Only the state transition function mutates it, and
/// only after an operation has passed every check, so a rejection never changes the root.
/// </summary>
public sealed partial class RollupState
{
    private readonly Dictionary<uint, Account> _accounts = new();
    private readonly Dictionary<L1Address, uint> _accountByAddress = new();
    private readonly List<SeriesTerms> _series = new();
    private readonly Dictionary<SeriesTerms, ushort> _seriesByTerms = new();
    private readonly UnderlyingState[] _underlyings = new UnderlyingState[Limits.MaxUnderlyings];
    private readonly Dictionary<ulong, ExpiryState> _expiries = new();
    private readonly (Fr X, Fr Y)[] _oracles;

    private readonly SparseMerkleTree _accountsTree;
    private readonly SparseMerkleTree _seriesTree = new(Limits.SeriesDepth);
    private readonly SparseMerkleTree _underlyingsTree = new(Limits.UnderlyingsDepth);
    private readonly SparseMerkleTree _expiriesTree = new(Limits.ExpiriesDepth);
    private readonly SparseMerkleTree _oraclesTree = new(Limits.OraclesDepth);
    private readonly Fr _riskHash;

    private List<TraceEntry>? _recorder;
    private Fr? _root;

    public RollupState(GenesisConfig config)
        : this(config, genesis: true)
    {
    }

    private RollupState(GenesisConfig config, bool genesis)
    {
        config.Validate();
        Config = config;
        Risk = config.Risk;
        _riskHash = Risk.Hash();
        _accountsTree = new SparseMerkleTree(config.AccountsDepth);
        _oracles = config.OracleKeys.ToArray();
        for (int i = 0; i < _oracles.Length; i++)
            _oraclesTree.Set((ulong)i, OracleLeaf(_oracles[i].X, _oracles[i].Y));
        if (!genesis) return;
        for (int i = 0; i < config.UnderlyingStrikeSteps.Count; i++)
        {
            _underlyings[i] = new UnderlyingState(0, 0, config.UnderlyingStrikeSteps[i]);
            _underlyingsTree.Set((ulong)i, _underlyings[i].Leaf());
        }
        CreateAccount(config.FeeAccountOwner);
        CreateAccount(config.InsuranceAccountOwner);
    }

    public GenesisConfig Config { get; }
    public RiskParameters Risk { get; }
    public ulong PriorityCursor { get; private set; }
    public uint NextAccountId { get; private set; }

    /// <summary>The state root; cached, since every mutation below invalidates it and reads far outnumber changes.</summary>
    public Fr Root => _root ??= RecomputeRoot();

    /// <summary>The root hashed afresh from the trees, bypassing the cache (tests compare the two).</summary>
    internal Fr RecomputeRoot() => Poseidon.Hash([
        AccountsRoot, _seriesTree.Root, _underlyingsTree.Root, _expiriesTree.Root,
        _oraclesTree.Root, _riskHash, Fr.FromUInt64(PriorityCursor),
    ]);

    public Fr AccountsRoot
    {
        get
        {
            FlushPendingHashes();
            return _accountsTree.Root;
        }
    }
    public Fr SeriesRoot => _seriesTree.Root;
    public Fr UnderlyingsRoot => _underlyingsTree.Root;
    public Fr ExpiriesRoot => _expiriesTree.Root;
    public Fr OraclesRoot => _oraclesTree.Root;
    public Fr RiskParametersHash => _riskHash;

    public int AccountCount => _accounts.Count;
    public int SeriesCount => _series.Count;
    public IEnumerable<Account> Accounts => _accounts.Values;
    public IReadOnlyList<SeriesTerms> Series => _series;
    public IReadOnlyList<(Fr X, Fr Y)> OracleKeys => _oracles;

    public bool IsAccountIdInRange(uint id) => id <= _accountsTree.MaxIndex;

    public Account? GetAccount(uint id) => _accounts.TryGetValue(id, out var a) ? a : null;

    public Account? FindAccount(L1Address address) =>
        _accountByAddress.TryGetValue(address, out var id) ? _accounts[id] : null;

    public bool TryGetSeries(ushort index, out SeriesTerms terms)
    {
        if (index < _series.Count)
        {
            terms = _series[index];
            return true;
        }
        terms = default;
        return false;
    }

    public bool IsListed(in SeriesTerms terms) => _seriesByTerms.ContainsKey(terms);

    public UnderlyingState GetUnderlying(byte id) => id < _underlyings.Length ? _underlyings[id] : default;

    public ExpiryState GetExpiry(byte underlying, ushort day) =>
        _expiries.TryGetValue(ExpiryState.Key(underlying, day), out var e) ? e : default;

    /// <summary>Membership proof of an account leaf at the current root (for exits and the RPC).</summary>
    public MerkleProof GetAccountProof(uint id)
    {
        FlushPendingHashes();
        return _accountsTree.GetProof(id);
    }

    /// <summary>Membership proof of an underlying's leaf (index price for exodus valuations).</summary>
    public MerkleProof GetUnderlyingProof(byte id) => _underlyingsTree.GetProof(id);

    /// <summary>Membership proof of an (underlying, expiry day) leaf (settlement price for exodus valuations).</summary>
    public MerkleProof GetExpiryProof(byte underlying, ushort day) => _expiriesTree.GetProof(ExpiryState.Key(underlying, day));

    /// <summary>Sum of every account's collateral: equals deposits minus withdrawals at all times.</summary>
    public ulong TotalCollateral()
    {
        ulong sum = 0;
        foreach (var a in _accounts.Values) sum = checked(sum + a.Collateral);
        return sum;
    }
}
