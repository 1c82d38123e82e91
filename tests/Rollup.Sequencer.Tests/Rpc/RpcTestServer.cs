using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rollup.Core.Ethereum;
using Rollup.Sequencer.Receipts;
using Rollup.Sequencer.Rpc;
using Rollup.Sequencer.Rpc.Server;
using Rollup.Sequencer.Rpc.Subscriptions;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Tests.Rpc;

/// <summary>The real server (Kestrel on a free loopback port, plus the admin listener) over the fake engine.</summary>
internal sealed class RpcTestServer : IAsyncDisposable
{
    public const ulong ChainId = 31337;
    public static readonly L1Address Contract = L1Address.Parse("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    public static readonly EthECKey SequencerKey = new("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");

    private readonly WebApplication _app;

    private RpcTestServer(WebApplication app, FakeSequencerApi api)
    {
        _app = app;
        Api = api;
        Url = new Uri(app.Urls.First());
        AdminUrl = app.Services.GetRequiredService<AdminRpcServer>().Url;
        Hub = app.Services.GetRequiredService<SubscriptionHub>();
        Http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(20) };
    }

    public FakeSequencerApi Api { get; }
    public Uri Url { get; }
    public Uri? AdminUrl { get; }
    public SubscriptionHub Hub { get; }
    public HttpClient Http { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<RpcTestServer> StartAsync(Action<RpcServerOptions>? configure = null, FakeSequencerApi? api = null)
    {
        api ??= new FakeSequencerApi();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<ISequencerApi>(api);
        builder.Services.AddSingleton<ISequencerAdmin>(api);
        builder.Services.AddSingleton(new ReceiptSigner(SequencerKey, ChainId, Contract));
        builder.Services.AddSequencerRpc(o =>
        {
            o.AdminPort = 0;
            configure?.Invoke(o);
        });
        var app = builder.Build();
        app.MapSequencerRpc();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new RpcTestServer(app, api);
    }

    public Task<RpcReply> PostAsync(string json) => PostAsync(Http, new Uri("/", UriKind.Relative), json);

    public async Task<RpcReply> PostAdminAsync(string json)
    {
        using var admin = new HttpClient { BaseAddress = AdminUrl, Timeout = TimeSpan.FromSeconds(20) };
        return await PostAsync(admin, new Uri("/", UriKind.Relative), json);
    }

    public Task<RpcReply> CallAsync(string method, string paramsJson = "{}", int id = 1) =>
        PostAsync($$"""{"jsonrpc":"2.0","id":{{id}},"method":"{{method}}","params":{{paramsJson}}}""");

    private static async Task<RpcReply> PostAsync(HttpClient client, Uri path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        return new RpcReply(response.StatusCode, text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
