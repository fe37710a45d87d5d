using Amazon.Runtime;
using Amazon.SQS;
using LiveScore.Lambda.Aws;
using LiveScore.LocalCloud.Streams;
using LiveScore.LocalCloud.Tables;

namespace LiveScore.LocalCloud.Redrive;

/// <summary>
/// <c>redrive &lt;function-id&gt;</c>: replays what a stream function's mapping gave up on, from its failure queue.
/// Against the running local cloud by default (<c>--urls</c> as when starting it); with <c>--aws</c>, against AWS with
/// the standard credentials, region and <c>AWS_ENDPOINT_URL_*</c> variables, given the deployed queue and function.
/// </summary>
public static class RedriveCommand
{
    public const string Usage =
        "usage: redrive <function-id> [--urls http://127.0.0.1:5080]\n" +
        "       redrive <function-id> --aws --queue-url <failure queue URL> --function-name <deployed function name>";

    /// <returns>0 when every failure record was delivered, 1 when some stay in the queue, 2 for a bad command line.</returns>
    public static async Task<int> RunAsync(LocalApplication application, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var options, out var problem))
        {
            await error.WriteLineAsync(problem + "\n" + Usage);
            return 2;
        }
        var streamFunctions = application.Functions.Where(f => f.Stream is not null).Select(f => f.Id).ToList();
        if (!streamFunctions.Contains(options.FunctionId, StringComparer.Ordinal))
        {
            await error.WriteLineAsync($"'{options.FunctionId}' is not a stream function of this application; these are: {string.Join(", ", streamFunctions)}.");
            return 2;
        }
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            var (redrive, queueUrl, functionName) = options.Aws
                ? ForAws(http, options, output)
                : await ForLocalCloudAsync(http, options, output);
            var result = await redrive.RunAsync(await queueUrl, functionName, CancellationToken.None);
            await output.WriteLineAsync(
                $"{options.FunctionId}: {result.Redriven} batch(es) delivered, {result.FailedAgain} failed again, {result.Expired} no longer in the stream.");
            return result.FailedAgain + result.Expired == 0 ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or AmazonServiceException or AwsServiceException or InvalidOperationException)
        {
            await error.WriteLineAsync($"The redrive stopped: {e.Message}");
            return 1;
        }
    }

    private static async Task<(StreamRedrive Redrive, Task<string> QueueUrl, string FunctionName)> ForLocalCloudAsync(
        HttpClient http, RedriveOptions options, TextWriter output)
    {
        var root = options.Urls.Split(';')[0].TrimEnd('/');
        Health health;
        try
        {
            health = await http.GetFromJsonAsync(root + "/_local/health", LocalJsonContext.Default.Health)
                ?? throw new InvalidOperationException("its health answer is empty");
        }
        catch (HttpRequestException e)
        {
            throw new InvalidOperationException($"no local cloud answers at {root} ({e.Message}): start it first, or pass the --urls it runs on.", e);
        }
        var (region, accessKeyId, secretAccessKey) = LocalEnvironment.Identity(Environment.GetEnvironmentVariable);
        var sqs = new AmazonSQSClient(new BasicAWSCredentials(accessKeyId, secretAccessKey), new AmazonSQSConfig
        {
            ServiceURL = health.Endpoints["sqs"],
            AuthenticationRegion = region,
        });
        var credentials = new StaticCredentials(new AwsCredentials(accessKeyId, secretAccessKey));
        var streams = new DynamoDbStreamsClient(new Uri(health.Endpoints["dynamodbstreams"]), region, credentials);
        var lambda = new LambdaInvoker(http, new Uri(health.Endpoints["lambda"].TrimEnd('/') + "/"), region, credentials);
        var queueUrl = QueueUrlAsync(sqs, DeadLetters.QueueName(options.FunctionId));
        return (new StreamRedrive(sqs, streams, lambda, output), queueUrl, options.FunctionId);
    }

    private static (StreamRedrive Redrive, Task<string> QueueUrl, string FunctionName) ForAws(HttpClient http, RedriveOptions options, TextWriter output)
    {
        var endpoints = AwsEndpoints.FromEnvironment();
        var credentials = new DefaultChainCredentials();
        var streams = new DynamoDbStreamsClient(endpoints.Resolve("DynamoDB Streams", "streams.dynamodb"), endpoints.Region, credentials);
        var lambda = new LambdaInvoker(http, new Uri(endpoints.Resolve("Lambda", "lambda").ToString().TrimEnd('/') + "/"), endpoints.Region, credentials);
        return (new StreamRedrive(new AmazonSQSClient(), streams, lambda, output), Task.FromResult(options.QueueUrl!), options.FunctionName!);
    }

    private static async Task<string> QueueUrlAsync(IAmazonSQS sqs, string queueName) =>
        (await sqs.GetQueueUrlAsync(queueName)).QueueUrl;

    private sealed record RedriveOptions(string FunctionId, string Urls, bool Aws, string? QueueUrl, string? FunctionName);

    private static bool TryParse(IReadOnlyList<string> args, out RedriveOptions options, out string problem)
    {
        options = new RedriveOptions("", LocalCloudOptions.DefaultUrls, false, null, null);
        problem = "";
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--urls" when value is not null:
                    options = options with { Urls = value };
                    i++;
                    break;
                case "--queue-url" when value is not null:
                    options = options with { QueueUrl = value };
                    i++;
                    break;
                case "--function-name" when value is not null:
                    options = options with { FunctionName = value };
                    i++;
                    break;
                case "--aws":
                    options = options with { Aws = true };
                    break;
                case var id when !id.StartsWith('-') && options.FunctionId.Length == 0:
                    options = options with { FunctionId = id };
                    break;
                default:
                    problem = $"Unknown or incomplete argument '{args[i]}'.";
                    return false;
            }
        }
        problem = options switch
        {
            { FunctionId.Length: 0 } => "Name the stream function whose failures to replay, e.g. redrive order-stream.",
            { Aws: true, QueueUrl: null } => "--aws needs --queue-url: the deployed failure queue (stack output <Function>DeadLettersUrl).",
            { Aws: true, FunctionName: null } => "--aws needs --function-name: the deployed function (stack output <Function>FunctionName).",
            _ => "",
        };
        return problem.Length == 0;
    }
}
