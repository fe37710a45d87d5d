using LiveScore._1.Functions.Score;
using LiveScore._1.IntegrationTests.LocalCloud;

namespace LiveScore._1.IntegrationTests.Score;

public sealed class PlayersTableFixture() : TableFixture(ScoreCatalog.Players);
