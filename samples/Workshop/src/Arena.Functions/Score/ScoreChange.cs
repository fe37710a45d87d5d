namespace Arena.Functions.Score;

/// <summary>One change of the Players table, as read from its stream.</summary>
public sealed record ScoreChange(string EventId, string Operation, Player? Player, Player? Previous);

/// <summary>What every WebSocket client receives for a change: <c>{"type":"score","op":...,"player":...,"previous":...}</c>.</summary>
public sealed record ScoreChangeMessage(string Type, string Op, Player? Player, Player? Previous);
