namespace LiveScore.LocalCloud.Tests;

public sealed class LocalCloudOptionsTests
{
    [Fact]
    public void Defaults_need_no_arguments()
    {
        var options = LocalCloudOptions.Parse([], _ => null);

        Assert.Equal(new LocalCloudOptions(LocalCloudOptions.DefaultUrls, null, LocalCloudOptions.DefaultDataDirectory), options);
        Assert.Equal(TimeSpan.Zero, options.ConnectionsLatency);
    }

    [Fact]
    public void Connections_latency_is_read_in_milliseconds()
    {
        var options = LocalCloudOptions.Parse(["--connections-latency", "20", "--urls", "http://127.0.0.1:6000"], _ => null);

        Assert.Equal(TimeSpan.FromMilliseconds(20), options.ConnectionsLatency);
        Assert.Equal("http://127.0.0.1:6000", options.Urls);
    }

    [Theory]
    [InlineData("--connections-latency", "-1", "--connections-latency must be a whole number of milliseconds")]
    [InlineData("--connections-latency", "fast", "--connections-latency must be a whole number of milliseconds")]
    [InlineData("--dynamodb-endpoint", "not a url", "--dynamodb-endpoint must be an absolute URL")]
    [InlineData("--colour", "red", "Unknown option '--colour'")]
    public void A_bad_argument_is_refused_naming_it(string option, string value, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => LocalCloudOptions.Parse([option, value], _ => null));

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void An_option_without_its_value_is_refused()
    {
        Assert.Equal("--urls needs a value.", Assert.Throws<ArgumentException>(() => LocalCloudOptions.Parse(["--urls"], _ => null)).Message);
    }
}
