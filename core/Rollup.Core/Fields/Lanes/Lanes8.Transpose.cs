using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Rollup.Core.Fields.Lanes;

public partial struct Lanes8
{
    // Element k of eight 4-limb rows moves to lane k of four limb vectors with two rounds of
    // two-source permutes (a 4 × 8 transpose), then each 64-bit limb splits into two 32-bit words.
    private static readonly Vector512<ulong> EvenQuads = Vector512.Create(0UL, 4, 8, 12, 1, 5, 9, 13);
    private static readonly Vector512<ulong> OddQuads = Vector512.Create(2UL, 6, 10, 14, 3, 7, 11, 15);
    private static readonly Vector512<ulong> LowHalves = Vector512.Create(0UL, 1, 2, 3, 8, 9, 10, 11);
    private static readonly Vector512<ulong> HighHalves = Vector512.Create(4UL, 5, 6, 7, 12, 13, 14, 15);
    private const ulong Mask32 = 0xFFFF_FFFF;

    /// <summary>Reads eight 32-byte elements (four little-endian limbs each, e.g. Fp or Fr) into lanes 0..7.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Load<T>(ref readonly T e0, ref readonly T e1, ref readonly T e2, ref readonly T e3,
        ref readonly T e4, ref readonly T e5, ref readonly T e6, ref readonly T e7, out Lanes8 r) where T : unmanaged
    {
        var z0 = Vector512.Create(Row(in e0), Row(in e1));
        var z1 = Vector512.Create(Row(in e2), Row(in e3));
        var z2 = Vector512.Create(Row(in e4), Row(in e5));
        var z3 = Vector512.Create(Row(in e6), Row(in e7));
        FromRowPairs(z0, z1, z2, z3, out r);
    }

    /// <summary>Reads eight consecutive 32-byte elements into lanes 0..7.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Load<T>(ReadOnlySpan<T> eight, out Lanes8 r) where T : unmanaged
    {
        if (eight.Length < 8) throw new ArgumentException("eight elements are needed", nameof(eight));
        CheckElement<T>();
        ref var start = ref Unsafe.As<T, ulong>(ref Unsafe.AsRef(in eight[0]));
        FromRowPairs(Vector512.LoadUnsafe(ref start), Vector512.LoadUnsafe(ref start, 8),
            Vector512.LoadUnsafe(ref start, 16), Vector512.LoadUnsafe(ref start, 24), out r);
    }

    /// <summary>Writes lanes 0..7 to eight 32-byte elements.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Store<T>(ref T e0, ref T e1, ref T e2, ref T e3, ref T e4, ref T e5, ref T e6, ref T e7) where T : unmanaged
    {
        ToRowPairs(out var z0, out var z1, out var z2, out var z3);
        WriteRow(ref e0, z0.GetLower()); WriteRow(ref e1, z0.GetUpper());
        WriteRow(ref e2, z1.GetLower()); WriteRow(ref e3, z1.GetUpper());
        WriteRow(ref e4, z2.GetLower()); WriteRow(ref e5, z2.GetUpper());
        WriteRow(ref e6, z3.GetLower()); WriteRow(ref e7, z3.GetUpper());
    }

    /// <summary>Writes lanes 0..7 to eight consecutive 32-byte elements.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Store<T>(Span<T> eight) where T : unmanaged
    {
        if (eight.Length < 8) throw new ArgumentException("room for eight elements is needed", nameof(eight));
        CheckElement<T>();
        ToRowPairs(out var z0, out var z1, out var z2, out var z3);
        ref var start = ref Unsafe.As<T, ulong>(ref eight[0]);
        z0.StoreUnsafe(ref start);
        z1.StoreUnsafe(ref start, 8);
        z2.StoreUnsafe(ref start, 16);
        z3.StoreUnsafe(ref start, 24);
    }

    /// <summary>The same element in all eight lanes.</summary>
    public static void Broadcast<T>(in T value, out Lanes8 r) where T : unmanaged
    {
        var row = Row(in value);
        var mask = Vector512.Create(Mask32);
        var l0 = Vector512.Create(row.GetElement(0)); var l1 = Vector512.Create(row.GetElement(1));
        var l2 = Vector512.Create(row.GetElement(2)); var l3 = Vector512.Create(row.GetElement(3));
        r.L0 = l0 & mask; r.L1 = l0 >> 32;
        r.L2 = l1 & mask; r.L3 = l1 >> 32;
        r.L4 = l2 & mask; r.L5 = l2 >> 32;
        r.L6 = l3 & mask; r.L7 = l3 >> 32;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Row<T>(ref readonly T element) where T : unmanaged
    {
        CheckElement<T>();
        return Vector256.LoadUnsafe(ref Unsafe.As<T, ulong>(ref Unsafe.AsRef(in element)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteRow<T>(ref T element, Vector256<ulong> row) where T : unmanaged
    {
        CheckElement<T>();
        row.StoreUnsafe(ref Unsafe.As<T, ulong>(ref element));
    }

    /// <summary>Elements are four 64-bit limbs and nothing else; the JIT folds this per element type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckElement<T>() where T : unmanaged
    {
        if (Unsafe.SizeOf<T>() != 32) throw new NotSupportedException($"{typeof(T).Name} is not a 32-byte field element");
    }

    /// <summary>z0 = rows 0|1, z1 = rows 2|3, z2 = rows 4|5, z3 = rows 6|7 → limb vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FromRowPairs(Vector512<ulong> z0, Vector512<ulong> z1, Vector512<ulong> z2, Vector512<ulong> z3, out Lanes8 r)
    {
        var t0 = Avx512F.PermuteVar8x64x2(z0, EvenQuads, z1);
        var t1 = Avx512F.PermuteVar8x64x2(z0, OddQuads, z1);
        var t2 = Avx512F.PermuteVar8x64x2(z2, EvenQuads, z3);
        var t3 = Avx512F.PermuteVar8x64x2(z2, OddQuads, z3);
        var u0 = Avx512F.PermuteVar8x64x2(t0, LowHalves, t2);
        var u1 = Avx512F.PermuteVar8x64x2(t0, HighHalves, t2);
        var u2 = Avx512F.PermuteVar8x64x2(t1, LowHalves, t3);
        var u3 = Avx512F.PermuteVar8x64x2(t1, HighHalves, t3);
        var mask = Vector512.Create(Mask32);
        r.L0 = u0 & mask; r.L1 = u0 >> 32;
        r.L2 = u1 & mask; r.L3 = u1 >> 32;
        r.L4 = u2 & mask; r.L5 = u2 >> 32;
        r.L6 = u3 & mask; r.L7 = u3 >> 32;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly void ToRowPairs(out Vector512<ulong> z0, out Vector512<ulong> z1, out Vector512<ulong> z2, out Vector512<ulong> z3)
    {
        var u0 = L0 | (L1 << 32);
        var u1 = L2 | (L3 << 32);
        var u2 = L4 | (L5 << 32);
        var u3 = L6 | (L7 << 32);
        var t0 = Avx512F.PermuteVar8x64x2(u0, LowHalves, u1);
        var t2 = Avx512F.PermuteVar8x64x2(u0, HighHalves, u1);
        var t1 = Avx512F.PermuteVar8x64x2(u2, LowHalves, u3);
        var t3 = Avx512F.PermuteVar8x64x2(u2, HighHalves, u3);
        z0 = Avx512F.PermuteVar8x64x2(t0, EvenQuads, t1);
        z1 = Avx512F.PermuteVar8x64x2(t0, OddQuads, t1);
        z2 = Avx512F.PermuteVar8x64x2(t2, EvenQuads, t3);
        z3 = Avx512F.PermuteVar8x64x2(t2, OddQuads, t3);
    }
}
