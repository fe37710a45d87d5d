namespace LiveScore.LocalCloud;

/// <summary>Command line of the local cloud.</summary>
/// <param name="DataDirectory">Where the local cloud keeps what a learner may want to open (S3 objects as files).</param>
public sealed record LocalCloudOptions(string Urls, string? DynamoDbEndpoint, string DataDirectory = LocalCloudOptions.DefaultDataDirectory)
{
    /// <summary>Added to every <c>@connections</c> call (<c>--connections-latency MS</c>), to model API Gateway's round trip
    /// from a function in AWS when measuring fan-out; zero by default.</summary>
    public TimeSpan ConnectionsLatency { get; init; }

    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const string DefaultDataDirectory = ".localcloud";

    public static LocalCloudOptions Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var urls = DefaultUrls;
        var data = DefaultDataDirectory;
        var dynamoDb = environment("AWS_ENDPOINT_URL_DYNAMODB");
        var latency = TimeSpan.Zero;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--urls":
                    urls = Value(args, ref i);
                    break;
                case "--data":
                    data = Value(args, ref i);
                    break;
                case "--dynamodb-endpoint":
                    dynamoDb = Value(args, ref i);
                    if (!Uri.TryCreate(dynamoDb, UriKind.Absolute, out _))
                    {
                        throw new ArgumentException($"--dynamodb-endpoint must be an absolute URL such as http://127.0.0.1:8000, not '{dynamoDb}'.");
                    }
                    break;
                case "--connections-latency":
                    var milliseconds = Value(args, ref i);
                    latency = int.TryParse(milliseconds, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms is >= 0 and <= 10_000
                        ? TimeSpan.FromMilliseconds(ms)
                        : throw new ArgumentException($"--connections-latency must be a whole number of milliseconds from 0 to 10000, not '{milliseconds}'.");
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'. Options: --urls URL, --dynamodb-endpoint URL, --data DIRECTORY, --connections-latency MS.");
            }
        }
        return new LocalCloudOptions(urls, string.IsNullOrEmpty(dynamoDb) ? null : dynamoDb, data) { ConnectionsLatency = latency };
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");
}
