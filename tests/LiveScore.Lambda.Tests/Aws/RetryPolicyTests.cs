using LiveScore.Lambda.Aws;

namespace LiveScore.Lambda.Tests.Aws;

public class RetryPolicyTests
{
    [Theory]
    [InlineData(1, 100)]
    [InlineData(2, 200)]
    [InlineData(3, 400)]
    [InlineData(10, 2000)]
    public void Backoff_is_jittered_below_an_exponential_capped_ceiling(int retry, double ceilingMs)
    {
        var delays = Enumerable.Range(0, 200).Select(_ => RetryPolicy.JitteredBackoff(retry).TotalMilliseconds).ToList();

        Assert.All(delays, d => Assert.InRange(d, 0, ceilingMs));
        Assert.True(delays.Distinct().Count() > 1, "delays should vary");
    }

    [Fact]
    public void Default_policy_is_bounded()
    {
        Assert.Equal(4, RetryPolicy.Default.MaxAttempts);
    }

    [Fact]
    public void At_least_one_attempt_is_required()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(0, (_, _) => Task.CompletedTask));
    }
}
