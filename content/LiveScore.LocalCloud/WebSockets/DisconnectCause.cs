namespace LiveScore.LocalCloud.WebSockets;

/// <summary>The close code and reason a <c>$disconnect</c> event reports.</summary>
public sealed record DisconnectCause(int StatusCode, string Reason)
{
    /// <summary><c>DELETE @connections/{id}</c> closed the connection.</summary>
    public static readonly DisconnectCause Deleted = new(1000, "Connection deleted");

    /// <summary>The local cloud is stopping.</summary>
    public static readonly DisconnectCause GoingAway = new(1001, "Going away");

    public static readonly DisconnectCause TextOnly = new(1003, "Binary messages are not supported");

    /// <summary>The TCP connection ended without a close handshake.</summary>
    public static readonly DisconnectCause Lost = new(1006, "Connection lost");

    public static readonly DisconnectCause TooBig = new(1009, $"Message too big: the limit is {LocalConnection.MaxMessageBytes / 1024} KB");
}
