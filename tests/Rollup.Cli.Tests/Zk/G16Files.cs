namespace Rollup.Cli.Tests.Zk;

/// <summary>Paths of the shared snarkjs-made g16 files (vectors/groth16).</summary>
internal static class G16Files
{
    public static string G16(string name) => Vectors.PathOf("groth16/" + name);
}
