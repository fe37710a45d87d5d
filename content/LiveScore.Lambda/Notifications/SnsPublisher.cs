using System.Xml;
using System.Xml.Linq;
using LiveScore.Lambda.Aws;

namespace LiveScore.Lambda.Notifications;

/// <summary>SNS Publish over the Query protocol (form POST, XML response).</summary>
public sealed class SnsPublisher : INotificationPublisher
{
    private const string Operation = "SNS Publish";

    // Query-protocol services report throttling as HTTP 400 with one of these codes rather than 429.
    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "Throttled", "ThrottledException", "RequestLimitExceeded", "TooManyRequestsException",
    };

    private readonly Uri _endpoint;
    private readonly SignedRequestSender _sender;

    /// <summary>A publisher for the SNS endpoint and region that <paramref name="endpoints"/> resolves.</summary>
    public SnsPublisher(HttpClient http, AwsEndpoints endpoints, IAwsCredentialsSource credentials, RetryPolicy retry)
    {
        _endpoint = endpoints.Resolve("SNS", "sns");
        _sender = new SignedRequestSender(http, new SigV4Signer(endpoints.Region, "sns", TimeProvider.System), credentials, retry);
    }

    /// <inheritdoc/>
    public async Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken)
    {
        var form = FormFields(notification);
        var response = await _sender.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new FormUrlEncodedContent(form) },
            IsRetryable,
            cancellationToken);

        if (!response.IsSuccess)
        {
            var (code, message) = ParseError(response.Body);
            throw new AwsServiceException(Operation, response.Status, code, message);
        }
        return ParseXml(response.Body)?.Descendants().FirstOrDefault(e => e.Name.LocalName == "MessageId")?.Value
            ?? throw new AwsServiceException(Operation, response.Status, null, $"response has no MessageId: {response.Body}");
    }

    private static List<KeyValuePair<string, string>> FormFields(Notification notification)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Action", "Publish"),
            new("Version", "2010-03-31"),
            new("TopicArn", notification.TopicArn),
            new("Message", notification.Message),
        };
        // SNS rejects an empty Subject, but accepts its absence.
        if (!string.IsNullOrEmpty(notification.Subject)) fields.Add(new("Subject", notification.Subject));

        var entry = 0;
        foreach (var (name, value) in notification.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var prefix = $"MessageAttributes.entry.{++entry}.";
            fields.Add(new(prefix + "Name", name));
            fields.Add(new(prefix + "Value.DataType", "String"));
            fields.Add(new(prefix + "Value.StringValue", value));
        }
        return fields;
    }

    private static bool IsRetryable(AwsResponse response) =>
        response.IsThrottledOrServerFault
        || (!response.IsSuccess && ParseError(response.Body).Code is { } code && ThrottlingCodes.Contains(code));

    /// <summary>Reads <c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;</c>; a body that is not that shape is passed on whole.</summary>
    private static (string? Code, string Message) ParseError(string body)
    {
        var error = ParseXml(body)?.Descendants().FirstOrDefault(e => e.Name.LocalName == "Error");
        var code = error?.Elements().FirstOrDefault(e => e.Name.LocalName == "Code")?.Value;
        var message = error?.Elements().FirstOrDefault(e => e.Name.LocalName == "Message")?.Value;
        return (code, message ?? body);
    }

    private static XDocument? ParseXml(string body)
    {
        try
        {
            return XDocument.Parse(body);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
