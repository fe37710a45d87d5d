namespace LiveScore.Lambda.Http;

/// <summary>An RFC 9457 problem (application/problem+json); <see cref="Errors"/> maps each bad field to what is wrong with it.</summary>
public sealed record Problem(string Type, string Title, int Status, string Detail)
{
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    public static Problem Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new("https://httpstatuses.io/400", "The request is not valid.", 400,
            "Fix the fields named in errors: " + string.Join(", ", errors.Keys) + ".")
        {
            Errors = errors,
        };

    public static Problem NotFound(string detail) => new("https://httpstatuses.io/404", "Not found.", 404, detail);

    public static Problem Conflict(string detail) => new("https://httpstatuses.io/409", "Conflict.", 409, detail);

    public static Problem MethodNotAllowed(string method, string path) =>
        new("https://httpstatuses.io/405", "Method not allowed.", 405, $"{method} is not allowed on {path}.");

    public static Problem TooLarge(int limit) =>
        new("https://httpstatuses.io/413", "Payload too large.", 413, $"The body must not exceed {limit} bytes.");
}
