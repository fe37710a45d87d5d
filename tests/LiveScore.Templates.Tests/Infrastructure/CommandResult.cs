namespace LiveScore.Templates.Tests.Infrastructure;

public sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    public override string ToString() => $"`{CommandLine}` exited {ExitCode}:\n{Output}";
}
