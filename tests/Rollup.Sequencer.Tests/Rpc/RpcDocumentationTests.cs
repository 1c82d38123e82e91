using Microsoft.Extensions.DependencyInjection;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Methods;

namespace Rollup.Sequencer.Tests.Rpc;

public class RpcDocumentationTests(RpcServerFixture fixture) : IClassFixture<RpcServerFixture>
{
    private static string ReadDoc()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "docs", "RPC.md");
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        throw new FileNotFoundException("docs/RPC.md not found above the test directory");
    }

    [Fact]
    public void Rpc_doc_documents_every_registered_method_and_every_error_code()
    {
        var doc = ReadDoc();
        var registry = fixture.Server.Services.GetRequiredService<MethodRegistry>();
        foreach (var method in registry.MethodsFor(RpcAccess.Admin))
            Assert.True(doc.Contains(method.Name, StringComparison.Ordinal), $"docs/RPC.md does not mention {method.Name}");
        foreach (var (code, _) in RpcErrorCatalog.All)
            Assert.True(doc.Contains($"| {(int)code} | {code} |", StringComparison.Ordinal), $"docs/RPC.md's error table lacks {(int)code} {code}");
    }
}
