using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.State;

namespace Rollup.SettlementClient.Verification;

/// <summary>
/// A compact binary form of core's <see cref="StateSnapshot"/> without its genesis config, which
/// the reader supplies (a checkpoint belongs to one deployment; its genesis root is checked
/// separately). Integers are little-endian, field elements 32 bytes big-endian and canonical,
/// addresses 20 bytes. Only non-empty position slots and fill slots are written.
/// </summary>
public static class StateSnapshotCodec
{
    public static void Write(BinaryWriter w, StateSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(s);
        w.Write(s.PriorityCursor);
        w.Write(s.NextAccountId);
        w.Write(s.Accounts.Length);
        foreach (var a in s.Accounts) WriteAccount(w, a);
        w.Write(s.Series.Length);
        foreach (var t in s.Series) WriteTerms(w, t);
        w.Write(s.Underlyings.Length);
        foreach (var u in s.Underlyings)
        {
            w.Write(u.IndexPrice);
            w.Write(u.PriceTimestamp);
            w.Write(u.StrikeStep);
        }
        w.Write(s.Expiries.Length);
        foreach (var (key, e) in s.Expiries)
        {
            w.Write(key);
            w.Write(e.ListedCount);
            w.Write(e.SettlementPrice);
        }
    }

    /// <exception cref="InvalidDataException">A count or field is out of range.</exception>
    public static StateSnapshot Read(BinaryReader r, GenesisConfig config)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(config);
        ulong cursor = r.ReadUInt64();
        uint nextAccount = r.ReadUInt32();
        var accounts = new AccountSnapshot[Count(r, nextAccount, "accounts")];
        for (int i = 0; i < accounts.Length; i++) accounts[i] = ReadAccount(r, config.FillsDepth);
        var series = new SeriesTerms[Count(r, 1u << 16, "series")];
        for (int i = 0; i < series.Length; i++) series[i] = ReadTerms(r);
        int underlyingCount = Count(r, Limits.MaxUnderlyings, "underlyings");
        if (underlyingCount != Limits.MaxUnderlyings) throw new InvalidDataException($"a snapshot holds all {Limits.MaxUnderlyings} underlying slots, not {underlyingCount}");
        var underlyings = new UnderlyingState[underlyingCount];
        for (int i = 0; i < underlyings.Length; i++) underlyings[i] = new UnderlyingState(r.ReadUInt64(), r.ReadUInt64(), r.ReadUInt64());
        var expiries = new (ulong, ExpiryState)[Count(r, 1u << 20, "expiries")];
        for (int i = 0; i < expiries.Length; i++) expiries[i] = (r.ReadUInt64(), new ExpiryState(r.ReadUInt32(), r.ReadUInt64()));
        return new StateSnapshot(config, cursor, nextAccount, accounts, series, underlyings, expiries);
    }

    private static void WriteAccount(BinaryWriter w, AccountSnapshot a)
    {
        w.Write(a.Id);
        WriteField(w, a.PublicKeyX);
        WriteField(w, a.PublicKeyY);
        w.Write(a.L1Address.ToBytes());
        w.Write(a.Nonce);
        w.Write(a.Collateral);
        byte occupied = 0;
        for (int i = 0; i < a.Positions.Length; i++)
            if (!a.Positions[i].IsEmpty) occupied |= (byte)(1 << i);
        w.Write(occupied);
        foreach (var p in a.Positions)
        {
            if (p.IsEmpty) continue;
            w.Write(p.SeriesIndex);
            WriteTerms(w, p.Terms);
            w.Write(p.Quantity);
            w.Write(p.EntryPrice);
        }
        w.Write(a.Fills.Length);
        foreach (var (slot, fill) in a.Fills)
        {
            w.Write(slot);
            w.Write(fill.OrderId);
            w.Write(fill.Filled);
        }
    }

    private static AccountSnapshot ReadAccount(BinaryReader r, int fillsDepth)
    {
        uint id = r.ReadUInt32();
        var keyX = ReadField(r);
        var keyY = ReadField(r);
        var address = L1Address.FromBytes(ReadExactly(r, L1Address.Size));
        uint nonce = r.ReadUInt32();
        ulong collateral = r.ReadUInt64();
        byte occupied = r.ReadByte();
        var positions = new Position[Limits.PositionSlots];
        for (int i = 0; i < positions.Length; i++)
        {
            if ((occupied & (1 << i)) == 0) continue;
            var p = new Position(r.ReadUInt16(), ReadTerms(r), r.ReadInt64(), r.ReadUInt64());
            if (p.IsEmpty) throw new InvalidDataException($"account {id}: slot {i} is marked occupied but holds no quantity");
            positions[i] = p;
        }
        var fills = new (uint, FillSlot)[Count(r, 1u << fillsDepth, $"fill slots of account {id}")];
        for (int i = 0; i < fills.Length; i++) fills[i] = (r.ReadUInt32(), new FillSlot(r.ReadUInt32(), r.ReadUInt32()));
        return new AccountSnapshot(id, keyX, keyY, address, nonce, collateral, positions, fills);
    }

    private static void WriteTerms(BinaryWriter w, in SeriesTerms t)
    {
        w.Write(t.Underlying);
        w.Write(t.Strike);
        w.Write(t.Expiry);
        w.Write((byte)t.Kind);
    }

    private static SeriesTerms ReadTerms(BinaryReader r)
    {
        byte underlying = r.ReadByte();
        ulong strike = r.ReadUInt64();
        ulong expiry = r.ReadUInt64();
        byte kind = r.ReadByte();
        if (kind > (byte)OptionKind.Put) throw new InvalidDataException($"option kind {kind} is neither call (0) nor put (1)");
        return new SeriesTerms(underlying, strike, expiry, (OptionKind)kind);
    }

    internal static void WriteField(BinaryWriter w, in Fr f)
    {
        Span<byte> b = stackalloc byte[32];
        f.WriteBigEndian(b);
        w.Write(b);
    }

    internal static Fr ReadField(BinaryReader r)
    {
        if (!Fr.TryReadBigEndian(ReadExactly(r, 32), out var f)) throw new InvalidDataException("a field element is not below the scalar field modulus");
        return f;
    }

    private static byte[] ReadExactly(BinaryReader r, int count)
    {
        var bytes = r.ReadBytes(count);
        if (bytes.Length != count) throw new EndOfStreamException();
        return bytes;
    }

    private static int Count(BinaryReader r, ulong max, string what)
    {
        int n = r.ReadInt32();
        if (n < 0 || (ulong)n > max) throw new InvalidDataException($"{what}: count {n} is out of range (at most {max})");
        return n;
    }
}
