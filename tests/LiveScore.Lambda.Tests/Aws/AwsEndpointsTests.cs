using LiveScore.Lambda.Aws;

namespace LiveScore.Lambda.Tests.Aws;

public class AwsEndpointsTests
{
    private static AwsEndpoints With(params (string Name, string Value)[] variables)
    {
        var values = variables.ToDictionary(v => v.Name, v => v.Value);
        return new AwsEndpoints(name => values.GetValueOrDefault(name));
    }

    [Fact]
    public void Service_variable_wins_over_the_global_one()
    {
        var endpoints = With(("AWS_REGION", "eu-west-1"),
            ("AWS_ENDPOINT_URL_SNS", "http://127.0.0.1:5080/sns"), ("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"));

        Assert.Equal(new Uri("http://127.0.0.1:5080/sns"), endpoints.Resolve("SNS", "sns"));
    }

    [Fact]
    public void Global_variable_applies_to_services_without_their_own()
    {
        var endpoints = With(("AWS_REGION", "eu-west-1"),
            ("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000"), ("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"));

        Assert.Equal(new Uri("http://127.0.0.1:4566"), endpoints.Resolve("SNS", "sns"));
    }

    [Fact]
    public void Service_ids_are_upper_cased_with_spaces_as_underscores()
    {
        var endpoints = With(("AWS_ENDPOINT_URL_DYNAMODB_STREAMS", "http://127.0.0.1:8000"));

        Assert.Equal(new Uri("http://127.0.0.1:8000"), endpoints.Resolve("DynamoDB Streams", "streams.dynamodb"));
    }

    [Fact]
    public void Without_overrides_the_regional_endpoint_is_used()
    {
        Assert.Equal(new Uri("https://sns.eu-west-1.amazonaws.com"), With(("AWS_REGION", "eu-west-1")).Resolve("SNS", "sns"));
        Assert.Equal(new Uri("https://sns.cn-north-1.amazonaws.com.cn"), With(("AWS_REGION", "cn-north-1")).Resolve("SNS", "sns"));
    }

    [Fact]
    public void Empty_variables_count_as_unset()
    {
        var endpoints = With(("AWS_REGION", ""), ("AWS_DEFAULT_REGION", "us-west-2"), ("AWS_ENDPOINT_URL_SNS", ""));

        Assert.Equal(new Uri("https://sns.us-west-2.amazonaws.com"), endpoints.Resolve("SNS", "sns"));
    }

    [Fact]
    public void Region_prefers_AWS_REGION_over_AWS_DEFAULT_REGION()
    {
        Assert.Equal("eu-central-1", With(("AWS_REGION", "eu-central-1"), ("AWS_DEFAULT_REGION", "us-west-2")).Region);
        Assert.Equal("us-west-2", With(("AWS_DEFAULT_REGION", "us-west-2")).Region);
    }

    [Fact]
    public void Missing_region_names_both_variables()
    {
        var error = Assert.Throws<InvalidOperationException>(() => With().Resolve("SNS", "sns"));

        Assert.Contains("AWS_REGION", error.Message);
        Assert.Contains("AWS_DEFAULT_REGION", error.Message);
    }

    [Fact]
    public void Malformed_override_names_the_variable()
    {
        var error = Assert.Throws<InvalidOperationException>(() => With(("AWS_ENDPOINT_URL_SNS", "localhost:4566")).Resolve("SNS", "sns"));

        Assert.Contains("AWS_ENDPOINT_URL_SNS", error.Message);
    }
}
