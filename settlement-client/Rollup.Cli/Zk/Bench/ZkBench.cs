using System.Diagnostics;
using System.Globalization;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;
using Rollup.Prover.Groth16.Setup;
using Rollup.Prover.Msm;
using Rollup.Prover.Polynomials;

namespace Rollup.Cli.Zk.Bench;

/// <summary>
/// Our prover against `snarkjs groth16 prove` on the same .zkey and .wtns, per circuit size:
/// both timed as processes from start to written proof (the fair comparison: each reads the key,
/// computes, writes), plus our in-process prove time, NTT and MSM throughput and peak memory.
/// Every proof made is verified, ours by snarkjs and snarkjs' by ours.
/// </summary>
internal sealed class ZkBench(CliContext context, BenchOptions options)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public int Run()
    {
        string? snarkjs = options.WithSnarkjs ? ToolLocator.Snarkjs(options.SnarkjsPath) : null;
        var work = options.KeepDirectory ?? Path.Combine(Path.GetTempPath(), "rollup-zk-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        context.Out.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        var rows = new List<string>();
        try
        {
            foreach (int k in options.Log2Sizes) rows.Add(Measure(k, Path.Combine(work, $"2^{k}"), snarkjs));
        }
        finally
        {
            if (options.KeepDirectory is null) TryDelete(work);
        }
        context.Out.WriteLine();
        context.Out.WriteLine("| domain | constraints | ours: prove in process | ours: `rollup zk prove` | snarkjs groth16 prove | snarkjs / ours |");
        context.Out.WriteLine("|---|---|---|---|---|---|");
        foreach (var row in rows) context.Out.WriteLine(row);
        return ExitCodes.Ok;
    }

    private string Measure(int k, string dir, string? snarkjs)
    {
        Directory.CreateDirectory(dir);
        context.Out.WriteLine();
        context.Out.WriteLine($"## domain 2^{k}");
        var cs = context.Steps.Step($"building the circuit for 2^{k}", () => BenchmarkCircuit.Build(k));
        string r1csPath = Path.Combine(dir, "circuit.r1cs"), wtnsPath = Path.Combine(dir, "circuit.wtns"), zkeyPath = Path.Combine(dir, "circuit_final.zkey");
        var witness = cs.Witness();
        var r1cs = cs.ToR1csFile();
        int constraints = cs.ConstraintCount;
        context.Steps.Step("writing .r1cs and .wtns", () =>
        {
            ZkInputs.WriteAtomically(r1csPath, R1csFormat.Write(r1cs));
            ZkInputs.WriteAtomically(wtnsPath, WtnsFormat.Write(witness));
        });
        cs = null;
        var setupWatch = Stopwatch.StartNew();
        var key = context.Steps.Step("INSECURE development setup", () => Groth16Setup.InsecureDevelopmentSetup(r1cs));
        key = context.Steps.Step("phase-2 contribution", () => Phase2.Contribute(key, "bench"));
        setupWatch.Stop();
        r1cs = null;
        // Written through to disk, so no write-back of these large files competes with the timed provers.
        context.Steps.Step("writing the .zkey", () => ZkInputs.WriteAtomically(zkeyPath, ZkeyWriter.Write(key)));
        context.Out.WriteLine($"circuit: {constraints:N0} constraints, {witness.Length:N0} wires, domain {key.DomainSize:N0}; setup + contribution {setupWatch.Elapsed.TotalSeconds:F1} s");
        GC.Collect();

        var inProcess = new List<double>();
        Proof? proof = null;
        for (int run = 0; run <= options.Runs; run++)
        {
            var w = Stopwatch.StartNew();
            proof = Groth16Prover.Prove(key, witness);
            w.Stop();
            if (run > 0) inProcess.Add(w.Elapsed.TotalSeconds); // run 0 warms up the JIT
        }
        var vk = key.ToVerifyingKey();
        var signals = Groth16Prover.PublicSignals(key, witness);
        Require(Groth16Verifier.Verify(vk, proof!, signals) == VerificationFailure.None, "our in-process proof does not verify");
        context.Out.WriteLine($"ours, in process: best {inProcess.Min():F3} s, median {Median(inProcess):F3} s over {inProcess.Count} runs");
        Throughput(key, witness);
        key = null;
        GC.Collect();

        var self = ToolLocator.Self();
        var ours = Repeat(() => ChildProcess.Run(self.Host,
            [self.Assembly, "zk", "prove", zkeyPath, wtnsPath, Path.Combine(dir, "ours.proof.json"), Path.Combine(dir, "ours.public.json")],
            BenchOptions.ProcessTimeout), "rollup zk prove");
        context.Out.WriteLine($"ours, `rollup zk prove` process: best {ours.Best:F3} s, peak memory {ours.PeakMiB:N0} MiB");

        string snarkjsCell = "not run", ratioCell = "—";
        if (snarkjs is not null)
        {
            var theirs = Repeat(() => ChildProcess.Run("node",
                [snarkjs, "groth16", "prove", zkeyPath, wtnsPath, Path.Combine(dir, "snarkjs.proof.json"), Path.Combine(dir, "snarkjs.public.json")],
                BenchOptions.ProcessTimeout), "snarkjs groth16 prove");
            context.Out.WriteLine($"snarkjs groth16 prove: best {theirs.Best:F3} s, peak memory {theirs.PeakMiB:N0} MiB");
            CrossCheck(dir, vk, snarkjs);
            snarkjsCell = $"{theirs.Best:F2} s, {theirs.PeakMiB:N0} MiB";
            ratioCell = $"**{theirs.Best / ours.Best:F1}×** (in process: {theirs.Best / inProcess.Min():F1}×)";
            context.Out.WriteLine($"ratio snarkjs / ours: {theirs.Best / ours.Best:F2} (process to process), {theirs.Best / inProcess.Min():F2} (against our in-process prove)");
        }
        return $"| 2^{k} | {constraints:N0} | {inProcess.Min():F2} s | {ours.Best:F2} s, {ours.PeakMiB:N0} MiB | {snarkjsCell} | {ratioCell} |";
    }

    /// <summary>The prover's kernels on this key: one NTT of the domain size, the G1 MSM over H, the G2 MSM over B2.</summary>
    private void Throughput(ProvingKey key, Fr[] witness)
    {
        int n = key.DomainSize;
        var values = new Fr[n];
        var rng = new Random(1);
        for (int i = 0; i < n; i++) values[i] = Fr.FromUInt64((ulong)rng.NextInt64());
        var w = Stopwatch.StartNew();
        Ntt.Forward(values);
        double ntt = w.Elapsed.TotalSeconds;
        context.Out.WriteLine($"NTT 2^{Log2(n)}: {ntt * 1e3:F1} ms ({n / ntt / 1e6:F1} M elements/s)");

        var h = key.HQuery.ToArray();
        w.Restart();
        Pippenger.Compute(h, values);
        double g1 = w.Elapsed.TotalSeconds;
        context.Out.WriteLine($"MSM G1, {n:N0} points, random scalars: {g1 * 1e3:F0} ms ({n / g1 / 1e3:F0} k points/s)");

        var b2 = key.B2Query.ToArray();
        w.Restart();
        Pippenger.Compute(b2, witness);
        double g2 = w.Elapsed.TotalSeconds;
        context.Out.WriteLine($"MSM G2, {b2.Length:N0} points, witness scalars: {g2 * 1e3:F0} ms ({b2.Length / g2 / 1e3:F0} k points/s)");
    }

    private (double Best, double PeakMiB) Repeat(Func<ChildProcess> run, string what)
    {
        double best = double.MaxValue, peak = 0;
        for (int i = 0; i < options.Runs; i++)
        {
            var result = run();
            if (result.ExitCode != 0)
                throw new CliException(ExitCodes.ExternalTool, $"{what} failed with exit code {result.ExitCode}: {result.Output.Trim()}");
            best = Math.Min(best, result.Elapsed.TotalSeconds);
            peak = Math.Max(peak, result.PeakBytes / 1048576.0);
        }
        return (best, peak);
    }

    /// <summary>snarkjs' proof must verify with our verifier and ours with snarkjs: the figures compare equals.</summary>
    private void CrossCheck(string dir, VerifyingKey vk, string snarkjs)
    {
        var theirProof = ZkInputs.ReadProof(Path.Combine(dir, "snarkjs.proof.json"));
        var theirSignals = ZkInputs.ReadPublicInputs(Path.Combine(dir, "snarkjs.public.json"));
        Require(Groth16Verifier.Verify(vk, theirProof, theirSignals) == VerificationFailure.None, "snarkjs' proof does not verify with our verifier");
        var vkPath = Path.Combine(dir, "verification_key.json");
        File.WriteAllText(vkPath, SnarkjsJson.WriteVerificationKey(vk));
        var check = ChildProcess.Run("node", [snarkjs, "groth16", "verify", vkPath, Path.Combine(dir, "ours.public.json"), Path.Combine(dir, "ours.proof.json")], TimeSpan.FromMinutes(5));
        Require(check.ExitCode == 0, "snarkjs does not accept our proof: " + check.Output.Trim());
        context.Out.WriteLine("cross-check: snarkjs' proof verifies with ours, ours with `snarkjs groth16 verify`");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new CliException(ExitCodes.CheckFailed, message);
    }

    private static double Median(List<double> xs)
    {
        var sorted = xs.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static int Log2(int n) => System.Numerics.BitOperations.Log2((uint)n);

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
    }
}
