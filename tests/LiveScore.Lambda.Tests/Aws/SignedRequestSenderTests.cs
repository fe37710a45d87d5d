using System.Net;
using LiveScore.Lambda.Aws;

namespace LiveScore.Lambda.Tests.Aws;

public class SignedRequestSenderTests
{
    [Fact]
    public async Task An_attempt_that_gets_no_answer_is_abandoned_after_its_timeout_and_retried()
    {
        var handler = new HangingOnceHandler();
        var retry = new RetryPolicy(2, (_, _) => Task.CompletedTask) { AttemptTimeout = TimeSpan.FromMilliseconds(200) };
        var sender = new SignedRequestSender(new HttpClient(handler), new SigV4Signer("us-east-1", "sns", TimeProvider.System), FixedCredentials.Session, retry);

        var response = await sender.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, "https://sns.us-east-1.amazonaws.com/"), _ => false, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(2, handler.Attempts);
        Assert.True(handler.FirstAttemptCancelled);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_retried()
    {
        var handler = new HangingOnceHandler();
        var sender = new SignedRequestSender(new HttpClient(handler), new SigV4Signer("us-east-1", "sns", TimeProvider.System), FixedCredentials.Session, RetryPolicy.Calls);
        using var cancelled = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            sender.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, "https://sns.us-east-1.amazonaws.com/"), _ => false, cancelled.Token));

        Assert.Equal(1, handler.Attempts);
    }

    [Fact]
    public void Calls_made_while_a_function_works_are_bounded_well_inside_its_timeout()
    {
        var worstCase = RetryPolicy.Calls.AttemptTimeout * RetryPolicy.Calls.MaxAttempts + TimeSpan.FromSeconds(2) * (RetryPolicy.Calls.MaxAttempts - 1);

        Assert.Equal(TimeSpan.FromSeconds(3), RetryPolicy.Calls.AttemptTimeout);
        Assert.True(worstCase <= TimeSpan.FromSeconds(15), $"{worstCase}");
    }

    /// <summary>Never answers the first request (until it is cancelled); answers 200 after that.</summary>
    private sealed class HangingOnceHandler : HttpMessageHandler
    {
        public int Attempts;
        public bool FirstAttemptCancelled;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref Attempts) == 1)
            {
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    FirstAttemptCancelled = true;
                    throw;
                }
            }
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("") };
        }
    }
}
