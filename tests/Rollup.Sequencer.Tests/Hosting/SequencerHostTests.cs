using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Storage;
using Rollup.Sequencer.Tests.Storage;

namespace Rollup.Sequencer.Tests.Hosting;

public class SequencerHostTests
{
    [Fact]
    public async Task Host_on_free_ports_answers_health_on_both_listeners_and_metrics_only_on_admin()
    {
        using var dir = new TempDirectory();
        await using var app = SequencerHost.Build(HostArguments.For(dir.Path));
        await app.StartAsync();
        try
        {
            var endpoints = app.Services.GetRequiredService<SequencerEndpoints>();
            Assert.NotEqual(0, endpoints.RpcPort);
            Assert.NotEqual(endpoints.RpcPort, endpoints.AdminPort);
            var log = app.Services.GetRequiredService<IOperationLog>();
            long sequence = 0;
            for (int i = 0; i < 3; i++) sequence = log.Append([(byte)i]);
            await log.WaitDurableAsync(sequence);

            using var http = new HttpClient();
            var health = await http.GetAsync($"http://127.0.0.1:{endpoints.RpcPort}/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            using var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
            Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
            var logCheck = report.RootElement.GetProperty("checks").GetProperty("operationLog");
            Assert.Equal(3, logCheck.GetProperty("durableSequence").GetInt64());
            Assert.Equal("L1 not configured", report.RootElement.GetProperty("checks").GetProperty("l1").GetProperty("description").GetString());

            var metrics = await http.GetStringAsync($"http://127.0.0.1:{endpoints.AdminPort}/metrics");
            Assert.Contains("sequencer_log_durable_sequence 3", metrics);
            Assert.Contains("# TYPE sequencer_operations_accepted_total counter", metrics);
            Assert.Contains("# TYPE sequencer_batch_latency_seconds histogram", metrics);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"http://127.0.0.1:{endpoints.AdminPort}/health")).StatusCode);

            var publicMetrics = await http.GetAsync($"http://127.0.0.1:{endpoints.RpcPort}/metrics");
            Assert.Equal(HttpStatusCode.NotFound, publicMetrics.StatusCode);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task Metrics_recorded_by_components_appear_in_the_scrape()
    {
        using var dir = new TempDirectory();
        await using var app = SequencerHost.Build(HostArguments.For(dir.Path));
        await app.StartAsync();
        try
        {
            var metrics = app.Services.GetRequiredService<SequencerMetrics>();
            metrics.OperationAccepted("order");
            metrics.OperationAccepted("order");
            metrics.OperationRejected("order", "bad_signature");
            metrics.BookDepth("ETH-20270101-3000-C", "bid", 7);
            metrics.L1Lag(4);
            metrics.BatchSealed(TimeSpan.FromSeconds(3));

            using var http = new HttpClient();
            var text = await http.GetStringAsync($"http://127.0.0.1:{app.Services.GetRequiredService<SequencerEndpoints>().AdminPort}/metrics");
            Assert.Contains("sequencer_operations_accepted_total{kind=\"order\"} 2", text);
            Assert.Contains("sequencer_operations_rejected_total{kind=\"order\",reason=\"bad_signature\"} 1", text);
            Assert.Contains("sequencer_book_depth_orders{series=\"ETH-20270101-3000-C\",side=\"bid\"} 7", text);
            Assert.Contains("sequencer_l1_lag_blocks 4", text);
            Assert.Contains("sequencer_batch_latency_seconds_count{stage=\"sealed\"} 1", text);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task Log_is_closed_with_the_host_and_its_entries_survive_a_restart()
    {
        using var dir = new TempDirectory();
        await using (var app = SequencerHost.Build(HostArguments.For(dir.Path)))
        {
            await app.StartAsync();
            var log = app.Services.GetRequiredService<IOperationLog>();
            log.Append([42]);
            await app.StopAsync();
        }
        await using var again = SequencerHost.Build(HostArguments.For(dir.Path));
        await again.StartAsync();
        var reopened = again.Services.GetRequiredService<IOperationLog>();
        Assert.Equal(1, reopened.LastSequence);
        Assert.Equal(new byte[] { 42 }, Assert.Single(reopened.Read(0)).Payload);
        await again.StopAsync();
    }

    [Fact]
    public async Task Start_fails_with_a_storage_error_when_another_process_holds_the_data_directory()
    {
        using var dir = new TempDirectory();
        using var held = SequencerDatabase.Open(dir.Path);
        await using var app = SequencerHost.Build(HostArguments.For(dir.Path));
        var error = await Assert.ThrowsAsync<SequencerStorageException>(() => app.StartAsync());
        Assert.Contains("in use by another process", error.Message);
    }

    [Fact]
    public async Task Components_start_in_registration_order_after_storage_and_stop_in_reverse()
    {
        using var dir = new TempDirectory();
        var events = new List<string>();
        await using var app = SequencerHost.Build(HostArguments.For(dir.Path), builder =>
        {
            builder.Services.AddSingleton(events);
            builder.Services.AddSequencerComponent<FirstComponent>();
            builder.Services.AddSequencerComponent<SecondComponent>();
        });
        await app.StartAsync();
        Assert.Equal(["start first (log open)", "start second (log open)"], events);
        await app.StopAsync();
        Assert.Equal(["start first (log open)", "start second (log open)", "stop second", "stop first"], events);
    }

    private abstract class RecordingComponent(List<string> events, IOperationLog log, string name) : ISequencerComponent
    {
        public Task StartAsync(CancellationToken cancellation)
        {
            events.Add($"start {name} (log {(log.DurableSequence >= 0 ? "open" : "closed")})");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellation)
        {
            events.Add($"stop {name}");
            return Task.CompletedTask;
        }
    }

    private sealed class FirstComponent(List<string> events, IOperationLog log) : RecordingComponent(events, log, "first");

    private sealed class SecondComponent(List<string> events, IOperationLog log) : RecordingComponent(events, log, "second");
}
