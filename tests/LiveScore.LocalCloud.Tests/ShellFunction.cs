namespace LiveScore.LocalCloud.Tests;

/// <summary>A shell script standing in for the functions' executable: it talks to the Runtime API with curl.</summary>
internal static class ShellFunction
{
    /// <summary>Asks for one event and waits for it forever: a function that is ready and idle.</summary>
    public const string Idle = "curl -s -o /dev/null \"http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/invocation/next\"";

    /// <summary>
    /// Takes events one after another, appends each to <c>events.log</c> in <paramref name="folder"/>, and answers <c>{}</c>,
    /// or fails it while <paramref name="folder"/> holds no file named <c>healed</c> (when <paramref name="failUntilHealed"/>).
    /// </summary>
    public static string Loop(string folder, bool failUntilHealed) => $$"""
        cd '{{folder}}'
        while true; do
          curl -s -D headers.txt -o event.json "http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/invocation/next" || exit 1
          id=$(grep -i '^lambda-runtime-aws-request-id:' headers.txt | cut -d' ' -f2 | tr -d '\r')
          cat event.json >> events.log
          echo >> events.log
          outcome=response
          if {{(failUntilHealed ? "[ ! -f healed ]" : "false")}}; then outcome=error; fi
          curl -s -o /dev/null -X POST -d '{}' "http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/invocation/$id/$outcome"
        done
        """;

    /// <summary>Writes an executable script into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, string name, string body)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }
}
