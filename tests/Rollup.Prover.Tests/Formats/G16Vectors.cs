using Rollup.Core.Fields;
using Rollup.Prover.Formats;

namespace Rollup.Prover.Tests.Formats;

/// <summary>The circom/snarkjs-made g16 circuit, read once per test run.</summary>
internal static class G16Vectors
{
    private static readonly Lazy<byte[]> R1csBytesLazy = new(() => File.ReadAllBytes(Vectors.PathOf("groth16/g16.r1cs")));
    private static readonly Lazy<byte[]> WtnsBytesLazy = new(() => File.ReadAllBytes(Vectors.PathOf("groth16/g16.wtns")));
    private static readonly Lazy<R1csFile> R1csLazy = new(() => R1csFormat.Read(R1csBytes));
    private static readonly Lazy<Fr[]> WitnessLazy = new(() => WtnsFormat.Read(WtnsBytes));

    public static byte[] R1csBytes => R1csBytesLazy.Value;
    public static byte[] WtnsBytes => WtnsBytesLazy.Value;
    public static R1csFile R1cs => R1csLazy.Value;
    public static Fr[] Witness => (Fr[])WitnessLazy.Value.Clone();

    public static Fr[] PublicSignals()
    {
        using var doc = Vectors.Load("groth16/public.json");
        return doc.RootElement.EnumerateArray().Select(e => Fr.Parse(e.GetString()!)).ToArray();
    }
}
