namespace LiveScore.Lambda.Http;

/// <summary>An RFC 9457 problem (application/problem+json); <see cref="Errors"/> maps each bad field to what is wrong with it.</summary>
/// <param name="Type">A URI that identifies the kind of problem.</param>
/// <param name="Title">A short summary of the kind of problem, the same for every occurrence.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">What went wrong in this request, for the client to read.</param>
public sealed record Problem(string Type, string Title, int Status, string Detail)
{
    /// <summary>Each invalid field with what is wrong with it; set on validation problems only.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    /// <summary>400: the request has invalid fields, listed in <see cref="Errors"/>.</summary>
    public static Problem Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new("https://httpstatuses.io/400", "The request is not valid.", 400,
            "Fix the fields named in errors: " + string.Join(", ", errors.Keys) + ".")
        {
            Errors = errors,
        };

    /// <summary>404: <paramref name="detail"/> says what was not found.</summary>
    public static Problem NotFound(string detail) => new("https://httpstatuses.io/404", "Not found.", 404, detail);

    /// <summary>409: the request conflicts with the resource's current state, as <paramref name="detail"/> explains.</summary>
    public static Problem Conflict(string detail) => new("https://httpstatuses.io/409", "Conflict.", 409, detail);

    /// <summary>405: <paramref name="path"/> does not accept <paramref name="method"/>.</summary>
    public static Problem MethodNotAllowed(string method, string path) =>
        new("https://httpstatuses.io/405", "Method not allowed.", 405, $"{method} is not allowed on {path}.");

    /// <summary>415: the body was sent as <paramref name="contentType"/>, not as JSON.</summary>
    public static Problem UnsupportedMediaType(string contentType) =>
        new("https://httpstatuses.io/415", "Unsupported media type.", 415, $"The body must be JSON sent with Content-Type: application/json, not {contentType}.");

    /// <summary>503: a service the API depends on did not answer; the request changed nothing it could not redo.</summary>
    public static Problem Unavailable() =>
        new("https://httpstatuses.io/503", "Service unavailable.", 503, "A service this API depends on did not answer in time. Try again shortly.");

    /// <summary>413: the body is larger than <paramref name="limit"/> bytes.</summary>
    public static Problem TooLarge(int limit) =>
        new("https://httpstatuses.io/413", "Payload too large.", 413, $"The body must not exceed {limit} bytes.");
}
