using LiveScore._1.Functions;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud;

namespace LiveScore._1.IntegrationTests.LocalCloud;

/// <summary>The local HTTP API serves exactly the catalog's routes — the same ones the CDK app deploys.</summary>
public sealed partial class HttpApiRoutesTests(LocalCloudFixture cloud) : IClassFixture<LocalCloudFixture>
{
    [Fact]
    public async Task Every_catalog_route_reaches_its_function()
    {
        foreach (var function in AppCatalog.Functions)
        {
            foreach (var route in function.HttpRoutes)
            {
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), Parameter().Replace(route.Path, "route-test"))
                {
                    Content = route.Method is "POST" or "PUT" ? new StringContent("{}", Encoding.UTF8, "application/json") : null,
                };

                using var response = await cloud.Http.SendAsync(request);

                var invocations = await cloud.Http.GetFromJsonAsync("/_local/invocations", LocalJsonContext.Default.IReadOnlyListInvocationRecord);
                Assert.True(invocations!.Any(i => i.FunctionId == function.Id && i.Trigger == route.ToString()), $"{route} did not reach {function.Id}");
            }
        }
    }

    [Fact]
    public async Task A_path_outside_the_catalog_reaches_no_function()
    {
        using var response = await cloud.Http.GetAsync("/no-such-route");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        var invocations = await cloud.Http.GetFromJsonAsync("/_local/invocations", LocalJsonContext.Default.IReadOnlyListInvocationRecord);
        Assert.DoesNotContain(invocations!, i => i.Trigger.Contains("no-such-route", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
