using System.Buffers;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Service;
using Rollup.SettlementClient.Genesis;

namespace Rollup.Bench.SequencerLoad;

/// <summary>
/// `dotnet run -c Release --project bench/Rollup.Bench -- sequencer-load [orders] [pairs] [connections] [batch] [latency orders/s] [latency orders]`:
/// drives the real sequencer service (the same composition as its Program: engine, LiteDB log
/// with fsynced group commits, JSON-RPC over Kestrel) over loopback HTTP and prints the issue's
/// three figures, with the CPU each accepted order costs and the load generator's share of it
/// (the same client against a trivial endpoint). The load generator runs in the same process on
/// the same two cores.
/// </summary>
public static class LoadRunner
{
    private const string OperatorKeyVariable = "ROLLUP_LOAD_OPERATOR_KEY";
    private static int _batchSize = 20;
    private static int _connections = 32;
    private const int WarmUpRounds = 6;
    private const int QuietJitMethods = 25;

    public static async Task<int> RunAsync(string[] args)
    {
        int orders = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        int pairs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4_000;
        if (args.Length > 2) _connections = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        if (args.Length > 3) _batchSize = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
        double? latencyRate = args.Length > 4 ? double.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : null;
        // Long enough by default to hold several collections of a long-running service, not one or none.
        int latencyOrders = args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : Math.Max(orders / 2, 50_000);
        string loadBefore = LoadAverage();
        var scenario = new LoadScenario();
        var dir = Path.Combine(Path.GetTempPath(), "sequencer-load-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            await using var app = await StartAsync(scenario, dir);
            var endpoints = app.Services.GetRequiredService<SequencerEndpoints>();
            var rpc = new Uri($"http://127.0.0.1:{endpoints.RpcPort}/");
            var admin = new Uri($"http://127.0.0.1:{endpoints.AdminPort}/");
            var engine = app.Services.GetRequiredService<SequencerEngine>();
            var (accounts, series, expiry) = await SetupAsync(engine, scenario);
            using var http = NewClient();

            // Each trader's ids rise through the run; fill slots are ids modulo 2^FillsDepth, and
            // the crossing pairs take slots above every resting order's.
            int nextId = 1;
            int Ids(int count)
            {
                int first = nextId;
                nextId += count / accounts.Count + 1;
                return first;
            }

            // A long-running service runs optimised code: the JIT's early tiers are not what is
            // measured. Rounds of orders until one compiles (almost) nothing new, at most six.
            int warmUpOrders = 0;
            for (int round = 0; round < WarmUpRounds; round++)
            {
                var bodies = scenario.RestingBodies(accounts, orders / 4, Ids(orders / 4), series, expiry);
                long compiled = JitInfo.GetCompiledMethodCount();
                warmUpOrders += (await ThroughputAsync(http, rpc, Batches(bodies))).Accepted;
                if (JitInfo.GetCompiledMethodCount() - compiled < QuietJitMethods) break;
            }
            Console.Error.WriteLine($"warm-up: {warmUpOrders} orders; signing {orders} + {latencyOrders} resting orders and {pairs} crossing pairs …");
            var warmUpBodies = scenario.RestingBodies(accounts, orders / 4, Ids(orders / 4), series, expiry);
            var throughputBodies = scenario.RestingBodies(accounts, orders, Ids(orders), series, expiry);
            var latencyBodies = scenario.RestingBodies(accounts, latencyOrders, Ids(latencyOrders), series, expiry);
            var streamedOrders = scenario.RestingBodies(accounts, latencyOrders, Ids(latencyOrders), series, expiry).Select(Encoding.UTF8.GetBytes).ToList();
            int takerOffset = pairs / accounts.Count + 1;
            int slots = 1 << scenario.Genesis.FillsDepth;
            if (nextId + 2 * takerOffset > slots)
                throw new ArgumentException($"{orders} orders and {pairs} pairs need more than the {slots} fill slots of each of the {accounts.Count} traders");
            var crossing = scenario.CrossingBodies(accounts, pairs, 1000 * slots + nextId, takerOffset, series, expiry);
            await ThroughputAsync(http, rpc, Batches(warmUpBodies));
            await JitQuietAsync();
            // The load generator's own data (about 40 MB of request bodies) is made before the clock
            // and settled into the oldest generation, so the service's collections do not copy it.
            var throughputBatches = Batches(throughputBodies);
            var latencyBatches = Batches(latencyBodies);
            var makerBatches = Batches(crossing.Select(p => p.Maker).ToArray());
            var takerBatches = Batches(crossing.Select(p => p.Taker).ToArray());
            Settle();

            Console.Error.WriteLine("measuring …");
            long jitMethods = JitInfo.GetCompiledMethodCount();
            var jitTime = JitInfo.GetCompilationTime();
            var run = await ThroughputAsync(http, rpc, throughputBatches);
            jitMethods = JitInfo.GetCompiledMethodCount() - jitMethods;
            jitTime = JitInfo.GetCompilationTime() - jitTime;
            double rate = run.Accepted / run.Seconds;
            Console.Error.WriteLine($"accepted {run.Accepted}/{orders} in {run.Seconds:F2} s");
            double targetRate = latencyRate ?? rate / 2;
            Settle();
            int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
            var paused = GC.GetTotalPauseDuration();
            using var gcPauses = new GcPauseListener();
            var stages = app.Services.GetRequiredService<StageRecorder>();
            stages.Recording = true;
            var latencies = await LatencyAtAsync(http, rpc, latencyBatches, targetRate);
            stages.Recording = false;
            Console.WriteLine($"Per order in the latency run, p50 / p99 / p99.9 / max: {string.Join("; ", stages.Report())}");
            string pauses;
            lock (gcPauses.Pauses) pauses = string.Join(", ", gcPauses.Pauses.Select(p => $"{p.Ms:F1} ms (gen {p.Gen})"));
            Console.WriteLine($"GC pauses during the latency run: {(pauses.Length == 0 ? "none" : pauses)}");
            gen0 = GC.CollectionCount(0) - gen0;
            gen2 = GC.CollectionCount(2) - gen2;
            paused = GC.GetTotalPauseDuration() - paused;

            Settle();
            List<double> streamed;
            string streamedPauses;
            stages.Clear();
            stages.Recording = true;
            using (var streamGc = new GcPauseListener())
            {
                streamed = await WebSocketLatency.RunAsync(rpc, streamedOrders, targetRate, _connections);
                stages.Recording = false;
                Console.WriteLine($"Per order in the streamed run, p50 / p99 / p99.9 / max: {string.Join("; ", stages.Report())}");
                lock (streamGc.Pauses) streamedPauses = string.Join(", ", streamGc.Pauses.Select(p => $"{p.Ms:F1} ms (gen {p.Gen})"));
            }
            Console.WriteLine($"GC pauses during the streamed run: {(streamedPauses.Length == 0 ? "none" : streamedPauses)}");
            var (trades, tradeSeconds) = await TradesAsync(http, rpc, admin, makerBatches, takerBatches);
            await app.StopAsync();

            // The same client against an endpoint that only reads the request and returns a canned
            // answer of the real size: what the load generator (plus bare Kestrel) costs per order.
            var client = await ClientOnlyAsync(Batches(warmUpBodies), throughputBatches, run.LastAnswer);

            double total = run.CpuSeconds * 1e6 / run.Accepted;
            double generator = client.CpuSeconds * 1e6 / client.Accepted;
            Console.WriteLine("| figure | measured | target |");
            Console.WriteLine("|---|---|---|");
            Console.WriteLine($"| signed orders accepted (signature checks, fsynced acks, JSON-RPC batches of {_batchSize}, {_connections} connections) | **{rate:N0}/s** | >= 20,000/s |");
            Console.WriteLine($"| ack latency at {targetRate:N0} orders/s{(latencyRate is null ? " (half that load)" : "")}: p50 / p99 / p99.9 | **{Percentile(latencies, 0.50):F1} / {Percentile(latencies, 0.99):F1} / {Percentile(latencies, 0.999):F1} ms** | p99 <= 5 ms at 10,000/s |");
            Console.WriteLine($"| ack latency at {targetRate:N0} orders/s, one order per WebSocket message on {_connections} connections, each order's own answer: p50 / p99 / p99.9 | **{Percentile(streamed, 0.50):F1} / {Percentile(streamed, 0.99):F1} / {Percentile(streamed, 0.999):F1} ms** ({streamed.Count:N0} orders) | |");
            Console.WriteLine($"| matched trades into sealed batches with state roots | **{trades / tradeSeconds:N0}/s** ({trades} trades) | >= 2,000/s |");
            Console.WriteLine($"| CPU per accepted order at full load, service and load generator (process CPU / orders; {run.CpuSeconds / run.Seconds:F2} of {Environment.ProcessorCount} cores busy) | {total:F0} µs | |");
            Console.WriteLine($"| of which the load generator: the same client against a trivial endpoint ({client.Accepted / client.Seconds:N0} orders/s, {client.CpuSeconds / client.Seconds:F2} cores; includes bare Kestrel) | {generator:F0} µs ({100 * generator / total:F0}%) | |");
            Console.WriteLine($"| so the service, per order | about {total - generator:F0} µs | {Environment.ProcessorCount * 1e6 / 20_000:F0} µs per order for 20,000/s on {Environment.ProcessorCount} cores |");
            double allocatedTotal = (double)run.AllocatedBytes / run.Accepted, allocatedGenerator = (double)client.AllocatedBytes / client.Accepted;
            Console.WriteLine($"| heap allocated per accepted order at full load (whole process; of which the load generator and bare Kestrel) | {allocatedTotal / 1024:F1} KiB ({allocatedGenerator / 1024:F1} KiB) | |");
            Console.WriteLine($"JIT during the measured run: {jitMethods} methods, {jitTime.TotalMilliseconds:F0} ms; GC ({(GCSettings.IsServerGC ? "server" : "workstation")}, dynamic adaptation {(DynamicAdaptation() ? "on" : "off")}; the service's own runtime config uses server GC without dynamic adaptation, DOTNET_gcServer=1 DOTNET_GCDynamicAdaptationMode=0 match it) during the latency run: {gen0} collections ({gen2} full), {paused.TotalMilliseconds:F0} ms paused; load average before / after: {loadBefore} / {LoadAverage()}");
            return 0;
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
        }
    }

    private static HttpClient NewClient() =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = _connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });

    private static async Task<Throughput> ClientOnlyAsync(List<byte[]> warmUpBatches, List<byte[]> batches, byte[] answer)
    {
        await using var endpoint = await TrivialEndpoint.StartAsync(answer);
        using var http = NewClient();
        await ThroughputAsync(http, endpoint.Uri, warmUpBatches);
        Settle();
        return await ThroughputAsync(http, endpoint.Uri, batches);
    }

    /// <summary>A full, compacting collection before a measured phase: what was made to drive it is old by then.</summary>
    private static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    /// <summary>
    /// Waits (at most 10 s) until no method was compiled for half a second: the tiered JIT
    /// promotes the hot methods in the background after the warm-up, and a long-running service
    /// is past that point.
    /// </summary>
    private static async Task JitQuietAsync()
    {
        var deadline = Stopwatch.StartNew();
        long compiled = JitInfo.GetCompiledMethodCount();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(500);
            long now = JitInfo.GetCompiledMethodCount();
            if (now == compiled) return;
            compiled = now;
        }
    }

    private static bool DynamicAdaptation() =>
        GC.GetConfigurationVariables().TryGetValue("GCDynamicAdaptationMode", out var mode) && Convert.ToInt64(mode, System.Globalization.CultureInfo.InvariantCulture) != 0;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static async Task<WebApplication> StartAsync(LoadScenario scenario, string dir)
    {
        // Anvil's public dev key 1 signs receipts; nothing here touches a chain.
        Environment.SetEnvironmentVariable(OperatorKeyVariable, "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
        var genesis = Path.Combine(dir, "genesis.json");
        await File.WriteAllTextAsync(genesis, GenesisConfigJson.Write(scenario.Genesis));
        var app = SequencerHost.Build(
        [
            $"--Sequencer:DataDirectory={Path.Combine(dir, "data")}",
            "--Sequencer:Rpc:Port=0",
            "--Sequencer:Admin:Port=0",
            "--Sequencer:Batch:Slots=1024",
            $"--Sequencer:L1:GenesisFile={genesis}",
            "--Sequencer:OperatorKey:Source=Environment",
            $"--Sequencer:OperatorKey:Variable={OperatorKeyVariable}",
            // The per-trader rate limit is not what is measured here.
            "--Rpc:WritesPerSecond=1000000",
            "--Rpc:WriteBurst=1000000",
            "--Logging:LogLevel:Default=Warning",
        ], builder =>
        {
            SequencerComposition.Compose(builder);
            builder.Services.AddSingleton(sp => new StageRecorder(sp.GetRequiredService<SequencerMetrics>()));
            builder.Services.AddSingleton<IWriteStageObserver>(sp => sp.GetRequiredService<StageRecorder>());
        }, SequencerComposition.Map);
        await app.StartAsync();
        return app;
    }

    private static async Task<(List<uint> Accounts, ushort Series, ulong Expiry)> SetupAsync(SequencerEngine engine, LoadScenario scenario)
    {
        ulong now = (ulong)DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var accounts = new List<uint>();
        for (int t = 0; t < LoadScenario.Traders; t++)
        {
            var address = LoadScenario.Address("trader" + t);
            var (x, y) = LoadScenario.Public(LoadScenario.Key("trader" + t));
            foreach (Operation op in new Operation[] { new L1RegisterKeyOperation(address, x, y), new DepositOperation(address, 100_000_000 * LoadScenario.Usd) })
            {
                ulong index = await engine.ReadAsync(v => v.State.PriorityCursor);
                Require(await engine.PriorityRequestAsync(index, now + 14 * 86_400, op));
            }
            accounts.Add(await engine.ReadAsync(v => v.State.FindAccount(address)!.Id));
        }
        ushort day = (ushort)(now / 86_400 + 30);
        Require(await engine.ListSeriesAsync(new ListSeriesOperation(0, 110_000 * LoadScenario.Usd, day, OptionKind.Call)));
        var domain = scenario.Domain;
        ulong price = 100_000 * LoadScenario.Usd;
        var sig = LoadScenario.Oracle.Sign(OraclePriceOperation.Message(domain, OraclePriceKind.Index, 0, now, price));
        Require(await engine.OraclePriceAsync(new OraclePriceOperation(OraclePriceKind.Index, 0, now, [new OracleSubmission(0, price, sig)])));
        Require(await engine.SealBatchAsync());
        return (accounts, 0, now + 86_400);
    }

    private static void Require(CommandResult r)
    {
        if (!r.Accepted) throw new InvalidOperationException("load setup refused: " + r);
    }

    /// <summary>Every body in batches of <see cref="_batchSize"/> over <see cref="_connections"/> workers, as fast as answers come; with the process's CPU time over the run.</summary>
    private static async Task<Throughput> ThroughputAsync(HttpClient http, Uri rpc, List<byte[]> batches)
    {
        int next = -1, accepted = 0;
        byte[] first = [];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, _connections).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < batches.Count)
            {
                var (ok, answer) = await PostAsync(http, rpc, batches[i], keepAnswer: i == 0);
                Interlocked.Add(ref accepted, ok);
                if (answer is not null) first = answer;
            }
        }));
        double seconds = clock.Elapsed.TotalSeconds;
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return new Throughput(accepted, seconds, cpuSeconds, GC.GetTotalAllocatedBytes() - allocated, first);
    }

    /// <summary>Open loop at <paramref name="rate"/> orders/s: a batch is due every _batchSize/rate seconds whatever the answers (<see cref="Pacer"/>); each order's latency is its batch's round trip from the due time.</summary>
    private static async Task<List<double>> LatencyAtAsync(HttpClient http, Uri rpc, List<byte[]> batches, double rate)
    {
        var latencies = new double[batches.Count];
        var inFlight = new Task[batches.Count];
        await Pacer.RunAsync(batches.Count, TimeSpan.FromSeconds(_batchSize / rate), (i, due) =>
            inFlight[i] = Task.Run(async () =>
            {
                await PostAsync(http, rpc, batches[i], keepAnswer: false);
                latencies[i] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
            }));
        await Task.WhenAll(inFlight);
        var perOrder = new List<double>(batches.Count * _batchSize);
        foreach (double ms in latencies)
            for (int k = 0; k < _batchSize; k++) perOrder.Add(ms);
        perOrder.Sort();
        return perOrder;
    }

    /// <summary>Makers rest first; then the takers, and the clock stops when the batch holding the last trade is sealed with its root.</summary>
    private static async Task<(int Trades, double Seconds)> TradesAsync(HttpClient http, Uri rpc, Uri admin, List<byte[]> makers, List<byte[]> takers)
    {
        await ThroughputAsync(http, rpc, makers);
        var clock = Stopwatch.StartNew();
        int accepted = (await ThroughputAsync(http, rpc, takers)).Accepted;
        using var sealedBatch = await http.PostAsync(admin, Json("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"admin_sealBatch\"}"));
        sealedBatch.EnsureSuccessStatusCode();
        return (accepted, clock.Elapsed.TotalSeconds);
    }

    /// <summary>JSON-RPC batch bodies of <see cref="_batchSize"/> calls, UTF-8 encoded once.</summary>
    private static List<byte[]> Batches(string[] bodies)
    {
        var batches = new List<byte[]>();
        for (int i = 0; i < bodies.Length; i += _batchSize)
            batches.Add(Encoding.UTF8.GetBytes("[" + string.Join(",", bodies, i, Math.Min(_batchSize, bodies.Length - i)) + "]"));
        return batches;
    }

    /// <summary>The calls of the batch that got a result, and a copy of the answer when asked for. The answer is read into a pooled buffer: the generator should cost the service's collector as little as it can.</summary>
    private static async Task<(int Accepted, byte[]? Answer)> PostAsync(HttpClient http, Uri rpc, byte[] body, bool keepAnswer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, rpc) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        int length = (int)(response.Content.Headers.ContentLength ?? throw new InvalidOperationException("the answer has no Content-Length"));
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            await using (var stream = await response.Content.ReadAsStreamAsync())
                await stream.ReadExactlyAsync(buffer.AsMemory(0, length));
            using var doc = JsonDocument.Parse(buffer.AsMemory(0, length));
            int ok = 0;
            foreach (var call in doc.RootElement.EnumerateArray())
                if (call.TryGetProperty("result", out _)) ok++;
            return (ok, keepAnswer ? buffer.AsSpan(0, length).ToArray() : null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static StringContent Json(string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private readonly record struct Throughput(int Accepted, double Seconds, double CpuSeconds, long AllocatedBytes, byte[] LastAnswer);

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
