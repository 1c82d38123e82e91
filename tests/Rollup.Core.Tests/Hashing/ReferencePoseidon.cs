using System.Numerics;

namespace Rollup.Core.Tests.Hashing;

/// <summary>
/// An independent, deliberately plain Poseidon: its own Grain LFSR on a bit array, BigInteger
/// arithmetic, and the textbook round (add constants, S-box, dense MDS mix). It shares no code
/// with the production path, so agreement checks both the derivation and the optimised rounds.
/// </summary>
public sealed class ReferencePoseidon
{
    public static readonly BigInteger P = BigInteger.Parse("21888242871839275222246405745257275088548364400416034343698204186575808495617");
    private const int FieldBits = 254;
    private const int FullRounds = 8;
    private static readonly int[] PartialRounds = [56, 57, 56, 60, 60, 63, 64, 63, 60, 66, 60, 65, 70, 60, 64, 68];

    private readonly bool[] _lfsr = new bool[80];
    private int _head;

    public ReferencePoseidon(int width)
    {
        Width = width;
        RoundsPartial = PartialRounds[width - 2];
        Seed();
        RoundConstants = new BigInteger[(FullRounds + RoundsPartial) * width];
        for (int i = 0; i < RoundConstants.Length; i++)
        {
            BigInteger v;
            do v = NextValue(); while (v >= P);
            RoundConstants[i] = v;
        }
        var xy = new BigInteger[2 * width];
        for (int i = 0; i < xy.Length; i++) xy[i] = NextValue() % P;
        Mds = new BigInteger[width, width];
        for (int i = 0; i < width; i++)
            for (int j = 0; j < width; j++)
                Mds[i, j] = BigInteger.ModPow((xy[i] + xy[width + j]) % P, P - 2, P);
    }

    public int Width { get; }
    public int RoundsPartial { get; }
    public BigInteger[] RoundConstants { get; }
    public BigInteger[,] Mds { get; }

    public BigInteger Hash(IReadOnlyList<BigInteger> inputs)
    {
        int t = Width;
        var state = new BigInteger[t];
        for (int i = 0; i < inputs.Count; i++) state[i + 1] = inputs[i] % P;
        int rounds = FullRounds + RoundsPartial;
        for (int r = 0; r < rounds; r++)
        {
            for (int i = 0; i < t; i++) state[i] = (state[i] + RoundConstants[r * t + i]) % P;
            bool full = r < FullRounds / 2 || r >= FullRounds / 2 + RoundsPartial;
            for (int i = 0; i < (full ? t : 1); i++) state[i] = BigInteger.ModPow(state[i], 5, P);
            var next = new BigInteger[t];
            for (int i = 0; i < t; i++)
            {
                BigInteger acc = 0;
                for (int j = 0; j < t; j++) acc += Mds[i, j] * state[j];
                next[i] = acc % P;
            }
            state = next;
        }
        return state[0];
    }

    private void Seed()
    {
        var bits = new List<bool>();
        void Put(int value, int count)
        {
            for (int b = count - 1; b >= 0; b--) bits.Add(((value >> b) & 1) == 1);
        }
        Put(1, 2);
        Put(0, 4);
        Put(FieldBits, 12);
        Put(Width, 12);
        Put(FullRounds, 10);
        Put(RoundsPartial, 10);
        for (int i = 0; i < 30; i++) bits.Add(true);
        bits.CopyTo(_lfsr);
        for (int i = 0; i < 160; i++) Clock();
    }

    // _lfsr is a ring: _head is the oldest bit (index 0 of the paper's list).
    private bool Clock()
    {
        bool At(int k) => _lfsr[(_head + k) % 80];
        bool bit = At(62) ^ At(51) ^ At(38) ^ At(23) ^ At(13) ^ At(0);
        _lfsr[_head] = bit;
        _head = (_head + 1) % 80;
        return bit;
    }

    private BigInteger NextValue()
    {
        BigInteger v = 0;
        for (int i = 0; i < FieldBits; i++)
        {
            bool a, b;
            do
            {
                a = Clock();
                b = Clock();
            } while (!a);
            v = (v << 1) | (b ? 1 : 0);
        }
        return v;
    }
}
