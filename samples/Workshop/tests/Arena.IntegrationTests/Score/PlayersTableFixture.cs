using Arena.Functions.Score;
using Arena.IntegrationTests.LocalCloud;

namespace Arena.IntegrationTests.Score;

public sealed class PlayersTableFixture() : TableFixture(ScoreCatalog.Players);
