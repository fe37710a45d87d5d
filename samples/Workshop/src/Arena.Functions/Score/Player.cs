namespace Arena.Functions.Score;

/// <summary>A player as stored: every write sets <see cref="UpdatedAt"/> and raises <see cref="Version"/> by one.</summary>
public sealed record Player(string PlayerId, string Name, long Score, long Version, string UpdatedAt);

/// <summary>What a client asks to store; <see cref="Name"/> may be absent on an update.</summary>
public sealed record PlayerInput(string PlayerId, string? Name, long Score);
