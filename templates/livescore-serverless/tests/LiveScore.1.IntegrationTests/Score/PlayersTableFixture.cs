using LiveScore._1.Functions.Score;
using LiveScore._1.IntegrationTests.LocalCloud;

namespace LiveScore._1.IntegrationTests.Score;

/// <summary>A Players table of its own at the local cloud's embedded DynamoDB endpoint.</summary>
public sealed class PlayersTableFixture() : TableFixture(ScoreCatalog.Players, dynamoDbLocal: false);

/// <summary>The same table in DynamoDB Local.</summary>
public sealed class DynamoDbLocalPlayersTableFixture() : TableFixture(ScoreCatalog.Players, dynamoDbLocal: true);
