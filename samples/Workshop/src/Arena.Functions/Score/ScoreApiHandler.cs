using LiveScore.Lambda;
using LiveScore.Lambda.Http;

namespace Arena.Functions.Score;

/// <summary><c>score-api</c>: HTTP API events in, players API answers out.</summary>
public sealed class ScoreApiHandler(ScoreApi api) : IFunctionHandler
{
    public static IFunctionHandler Create() =>
        new ScoreApiHandler(new ScoreApi(new DynamoDbPlayerStore(AwsServices.DynamoDb, Settings.Required(ScoreCatalog.PlayersVariable)), TimeProvider.System));

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context) =>
        HttpApiAdapter.HandleAsync(eventJson, context, api.HandleAsync);
}
