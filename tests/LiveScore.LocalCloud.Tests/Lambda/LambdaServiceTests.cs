using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Lambda;

namespace LiveScore.LocalCloud.Tests.Lambda;

public sealed class LambdaServiceTests
{
    [Fact]
    public void A_function_is_found_by_its_handler_id_and_by_its_deployed_name_and_nothing_else()
    {
        var named = new FunctionDefinition("score-api", "named", () => throw new NotSupportedException()) { Name = "FetchGameDetailsFunction" };
        var unnamed = new FunctionDefinition("score-stream", "unnamed", () => throw new NotSupportedException());
        var lambda = new LambdaService([named, unnamed], new InvocationLog(TextWriter.Null, TimeProvider.System), TimeProvider.System);

        Assert.Same(named, lambda.Find("score-api")?.Definition);
        Assert.Same(named, lambda.Find("FetchGameDetailsFunction")?.Definition);
        Assert.Same(unnamed, lambda.Find("score-stream")?.Definition);
        Assert.Null(lambda.Find("fetchgamedetailsfunction"));
        Assert.Null(lambda.Find("Arena-score-api"));
    }
}
