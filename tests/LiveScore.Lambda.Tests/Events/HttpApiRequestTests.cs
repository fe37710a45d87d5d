using System.Text.Json;
using System.Text.Json.Nodes;
using LiveScore.Lambda.Events;

namespace LiveScore.Lambda.Tests.Events;

public class HttpApiRequestTests
{
    private const string Sample = "http-api-v2.json";
    private static readonly byte[] SampleBody = [0x00, 0xFF, 0x10, 0x80, .. "GOAL!"u8];

    [Fact]
    public void Reads_every_documented_field()
    {
        var request = Payload.Read(Sample, HostingJsonContext.Default.HttpApiRequest);

        Assert.Equal("2.0", request.Version);
        Assert.Equal("POST /games/{gameId}/events", request.RouteKey);
        Assert.Equal("/games/g-42/events", request.RawPath);
        Assert.Equal("a=1&a=2&team=Red%20Sox&tag=x%2Cy", request.RawQueryString);
        Assert.Equal(["session=3f9c2a7e", "theme=dark"], request.Cookies);
        Assert.Equal("application/octet-stream", request.Headers["content-type"]);
        Assert.Equal("g-42", request.PathParameters!["gameId"]);
        Assert.Equal("Scores-prod", request.StageVariables!["scoreTable"]);
        Assert.True(request.IsBase64Encoded);

        var context = request.RequestContext;
        Assert.Equal("123456789012", context.AccountId);
        Assert.Equal("k7x2m9q4vb", context.ApiId);
        Assert.Equal("k7x2m9q4vb.execute-api.eu-west-1.amazonaws.com", context.DomainName);
        Assert.Equal("k7x2m9q4vb", context.DomainPrefix);
        Assert.Equal("EnQ3kYtGjoEEMbQ=", context.RequestId);
        Assert.Equal("POST /games/{gameId}/events", context.RouteKey);
        Assert.Equal("$default", context.Stage);
        Assert.Equal("15/Jan/2025:10:00:00 +0000", context.Time);
        Assert.Equal(1736935200000, context.TimeEpoch);
        Assert.Equal("POST", context.Http.Method);
        Assert.Equal("/games/g-42/events", context.Http.Path);
        Assert.Equal("HTTP/1.1", context.Http.Protocol);
        Assert.Equal("198.51.100.23", context.Http.SourceIp);
        Assert.Equal("curl/8.5.0", context.Http.UserAgent);
        Assert.Equal("user-7", context.Authorizer!.Value.GetProperty("jwt").GetProperty("claims").GetProperty("sub").GetString());
    }

    [Fact]
    public void Round_trip_keeps_every_field()
    {
        Assert.Empty(Payload.RoundTripDifferences(Sample, HostingJsonContext.Default.HttpApiRequest));
    }

    [Fact]
    public void Header_lookup_ignores_case()
    {
        var request = Payload.Read(Sample, HostingJsonContext.Default.HttpApiRequest);

        Assert.Equal("application/octet-stream", request.Header("Content-Type"));
        Assert.Equal("first,second", request.Header("X-SCORE-TAG"));
        Assert.Null(request.Header("authorization"));
    }

    [Fact]
    public void Base64_body_is_decoded_to_the_bytes_the_client_sent()
    {
        var request = Payload.Read(Sample, HostingJsonContext.Default.HttpApiRequest);

        Assert.Equal(SampleBody, request.BodyBytes());
        Assert.Equal(int.Parse(request.Header("content-length")!), request.BodyBytes().Length);
    }

    [Fact]
    public void Text_body_is_returned_as_utf8()
    {
        var request = new HttpApiRequest { Body = "{\"team\":\"Müller\"}", IsBase64Encoded = false };

        Assert.Equal("{\"team\":\"Müller\"}"u8.ToArray(), request.BodyBytes());
        Assert.Empty(new HttpApiRequest().BodyBytes());
    }

    [Fact]
    public void Repeated_query_parameters_arrive_comma_joined_and_QueryValues_splits_them()
    {
        var request = Payload.Read(Sample, HostingJsonContext.Default.HttpApiRequest);

        Assert.Equal("1,2", request.QueryStringParameters!["a"]);
        Assert.Equal(["1", "2"], request.QueryValues("a"));
        Assert.Equal(["Red Sox"], request.QueryValues("team"));
        Assert.Empty(request.QueryValues("missing"));
    }

    [Fact]
    public void A_value_containing_a_comma_stays_one_value_in_QueryValues()
    {
        var request = Payload.Read(Sample, HostingJsonContext.Default.HttpApiRequest);

        // Same text as the two values of "a": only the raw query string tells them apart.
        Assert.Equal("x,y", request.QueryStringParameters!["tag"]);
        Assert.Equal(["x,y"], request.QueryValues("tag"));
    }

    [Fact]
    public void QueryValues_decodes_escapes_and_plus_in_names_and_values()
    {
        var request = new HttpApiRequest { RawQueryString = "q=1%2B1+%3D+2&sort%20by=name&flag&q=%C3%BC&&Q=other" };

        Assert.Equal(["1+1 = 2", "ü"], request.QueryValues("q"));
        Assert.Equal(["name"], request.QueryValues("sort by"));
        Assert.Equal([""], request.QueryValues("flag"));
        Assert.Equal(["other"], request.QueryValues("Q"));
    }

    [Fact]
    public void Fields_the_model_does_not_know_are_ignored()
    {
        var json = JsonNode.Parse(Payload.Bytes(Sample))!;
        json["requestContext"]!["authentication"] = new JsonObject { ["clientCert"] = new JsonObject { ["serialNumber"] = "1" } };
        json["someFutureField"] = new JsonArray(1, 2);

        var request = JsonSerializer.Deserialize(json.ToJsonString(), HostingJsonContext.Default.HttpApiRequest)!;

        Assert.Equal("/games/g-42/events", request.RawPath);
    }
}
