using LiveScore.LocalCloud.Faults;
using Microsoft.Extensions.Time.Testing;

namespace LiveScore.LocalCloud.Tests.Faults;

public sealed class LocalFaultsTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void A_fault_hits_as_many_calls_as_asked_on_its_own_target_only()
    {
        var faults = new LocalFaults(_clock);
        faults.Add(new Fault(Fault.Sns, Fault.Error, Times: 2));

        Assert.Null(faults.Take(Fault.Connections));
        Assert.NotNull(faults.Take(Fault.Sns));
        Assert.Equal(1, Assert.Single(faults.Snapshot()).Remaining);
        Assert.NotNull(faults.Take(Fault.Sns));
        Assert.Null(faults.Take(Fault.Sns));
        Assert.Empty(faults.Snapshot());
    }

    [Fact]
    public void A_function_fault_hits_its_function_and_kind_only()
    {
        var faults = new LocalFaults(_clock);
        faults.Add(new Fault(Fault.FunctionTarget, Fault.Crash, Function: "order-stream"));

        Assert.Null(faults.Take(Fault.FunctionTarget, "score-stream", Fault.Crash));
        Assert.Null(faults.Take(Fault.FunctionTarget, "order-stream", Fault.Timeout));
        Assert.NotNull(faults.Take(Fault.FunctionTarget, "order-stream", Fault.Crash));
    }

    [Fact]
    public void Unavailable_dynamodb_hits_every_call_until_its_seconds_have_passed()
    {
        var faults = new LocalFaults(_clock);
        faults.Add(new Fault(Fault.DynamoDb, Fault.Unavailable, Seconds: 3));

        Assert.NotNull(faults.Take(Fault.DynamoDb));
        Assert.NotNull(faults.Take(Fault.DynamoDb));
        _clock.Advance(TimeSpan.FromSeconds(2.9));
        Assert.NotNull(faults.Take(Fault.DynamoDb));
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Null(faults.Take(Fault.DynamoDb));
        Assert.Empty(faults.Snapshot());
    }
}
