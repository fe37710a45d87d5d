namespace LiveScore.Lambda;

/// <summary>Reads a function's configuration from its environment; a missing value fails the function's init, naming the variable.</summary>
public static class Settings
{
    /// <summary>The value of the environment variable <paramref name="variable"/>; unset or empty throws <see cref="InvalidOperationException"/>.</summary>
    public static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"The environment variable {variable} is not set; the deployment sets it for this function.");
}
