using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace LiveScore.LocalCloud.Lambda;

/// <summary>
/// The loopback listener the Runtime API is served on, apart from the public address: nothing that reaches the public
/// port (a page, a client, anything on the network it is bound to) can take a function's events or answer for it.
/// </summary>
public sealed class RuntimeApiListener
{
    /// <summary>The URL the host listens on for it, after its public URLs: a free loopback port.</summary>
    public const string Url = "http://127.0.0.1:0";

    private volatile int _port;

    /// <summary>host:port of the listener, for AWS_LAMBDA_RUNTIME_API; known once the server listens.</summary>
    public string Authority => _port != 0 ? $"127.0.0.1:{_port}" : throw new InvalidOperationException("The server does not listen yet.");

    /// <summary>Takes the port the server bound for <see cref="Url"/>: the last of its addresses.</summary>
    public void Bind(IServer server) => _port = new Uri(server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Last()).Port;

    /// <summary>Whether a request came in on this listener.</summary>
    public bool Received(HttpContext http) => _port != 0 && http.Connection.LocalPort == _port;
}
