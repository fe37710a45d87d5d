using System.Buffers.Binary;

namespace LiveScore.Templates.Tests.Infrastructure;

/// <summary>What every published bootstrap must do, whatever its architecture.</summary>
public static class BootstrapChecks
{
    private const long MaxExecutableBytes = 15 * 1024 * 1024;

    /// <summary>An API event that each feature's function answers with a validation error, without calling AWS.</summary>
    public static TheoryData<string, string, string> InvalidApiEvents() => new()
    {
        { "score-api", "POST /players", """{"playerId":"p1","name":"Ada","score":-1}""" },
        { "order-api", "POST /orders", """{"name":""}""" },
    };

    public static void IsNativeForItsArchitectureAndWithinBudget(PublishedBootstrap published)
    {
        var size = new FileInfo(published.Bootstrap).Length;
        Span<byte> header = stackalloc byte[20];
        using (var file = File.OpenRead(published.Bootstrap))
        {
            file.ReadExactly(header);
        }

        Assert.True(header[..4].SequenceEqual("\u007FELF"u8), "not an ELF executable");
        Assert.Equal(published.ElfMachine, BinaryPrimitives.ReadUInt16LittleEndian(header[18..]));
        Assert.InRange(size, 1, MaxExecutableBytes);
        Assert.False(File.Exists(Path.Combine(published.Folder, "bootstrap.dll")), "a JIT build was published instead of Native AOT");
        Assert.Empty(Directory.GetFiles(published.Folder, "*.dbg"));
        Assert.Empty(Directory.GetFiles(published.Folder, "*.xml"));
        Assert.DoesNotMatch(@": warning [A-Z]+\d+", published.Log);
    }

    public static async Task ReportsAnUnknownHandlerToInitErrorAndExitsNonZero(PublishedBootstrap published)
    {
        using var api = new RecordingRuntimeApi();

        var exitCode = await RunAsync(published, api, "no-such-handler");

        Assert.NotEqual(0, exitCode);
        var post = Assert.Single(api.Posts);
        Assert.EndsWith("/runtime/init/error", post.Path, StringComparison.Ordinal);
        Assert.Contains("no-such-handler", post.Body, StringComparison.Ordinal);
    }

    public static async Task AnswersAnInvalidRequestWithA400(PublishedBootstrap published, string handler, string routeKey, string body)
    {
        var (method, path) = (routeKey.Split(' ')[0], routeKey.Split(' ')[1]);
        var quotedBody = System.Text.Json.JsonSerializer.Serialize(body);
        using var api = new RecordingRuntimeApi(
            $$$"""{"version":"2.0","routeKey":"{{{routeKey}}}","rawPath":"{{{path}}}","headers":{"content-type":"application/json"},"requestContext":{"http":{"method":"{{{method}}}","path":"{{{path}}}"}},"body":{{{quotedBody}}}}""");

        await RunAsync(published, api, handler, untilFirstPost: true);

        var post = Assert.Single(api.Posts);
        Assert.EndsWith("/runtime/invocation/request-1/response", post.Path, StringComparison.Ordinal);
        Assert.Contains("\"statusCode\":400", post.Body, StringComparison.Ordinal);
    }

    private static async Task<int> RunAsync(PublishedBootstrap published, RecordingRuntimeApi api, string handler, bool untilFirstPost = false)
    {
        var start = published.StartInfo();
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["AWS_LAMBDA_RUNTIME_API"] = api.Authority;
        start.Environment["_HANDLER"] = handler;
        foreach (var table in new[] { "PLAYERS_TABLE", "ORDERS_TABLE", "IDEMPOTENCY_TABLE" })
        {
            start.Environment[table] = table;
        }
        start.Environment["AWS_REGION"] = "us-east-1";
        start.Environment["AWS_ACCESS_KEY_ID"] = "test";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "test";
        using var process = System.Diagnostics.Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Generous: under an emulator the executable runs several times slower.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            if (untilFirstPost)
            {
                await api.FirstPost.WaitAsync(timeout.Token);
                return 0;
            }
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
