using System.Text;
using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Lambda;
using Microsoft.Extensions.Time.Testing;

namespace LiveScore.LocalCloud.Tests.Lambda;

/// <summary>The Lambda side of one function: timeouts count from when the environment takes an event, as in Lambda.</summary>
public sealed class LocalFunctionTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly LocalFunction _function;

    public LocalFunctionTests()
    {
        _function = new LocalFunction(new FunctionDefinition("fn", "A function.", () => throw new NotSupportedException()) { TimeoutSeconds = 10 }, _clock);
    }

    [Fact]
    public async Task Waiting_behind_a_slow_invocation_does_not_count_against_the_timeout()
    {
        var first = _function.InvokeAsync("1"u8.ToArray(), CancellationToken.None);
        var second = _function.InvokeAsync("2"u8.ToArray(), CancellationToken.None);

        var taken = await _function.NextAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(9));
        _function.Complete(taken.RequestId, Succeeded("one"));
        var next = await _function.NextAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(9));
        _function.Complete(next.RequestId, Succeeded("two"));

        Assert.Equal("one", Encoding.UTF8.GetString((await first).Payload));
        Assert.Equal("two", Encoding.UTF8.GetString((await second).Payload));
        Assert.Equal(_clock.GetUtcNow() - TimeSpan.FromSeconds(9) + TimeSpan.FromSeconds(10), next.Deadline);
    }

    [Fact]
    public async Task An_event_whose_caller_gave_up_before_it_was_taken_is_never_run()
    {
        using var givingUp = new CancellationTokenSource();
        var abandoned = _function.InvokeAsync("gone"u8.ToArray(), givingUp.Token);
        var wanted = _function.InvokeAsync("wanted"u8.ToArray(), CancellationToken.None);
        await givingUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);

        var taken = await _function.NextAsync(CancellationToken.None);
        _function.Complete(taken.RequestId, Succeeded("done"));

        Assert.Equal("wanted", Encoding.UTF8.GetString(taken.Payload));
        Assert.True((await wanted).Succeeded);
    }

    private static InvocationOutcome Succeeded(string body) => new(true, Encoding.UTF8.GetBytes(body), null);
}
