using System.Globalization;
using System.Security;
using LiveScore.LocalCloud.Faults;

namespace LiveScore.LocalCloud.Sns;

/// <summary>The SNS Query API's Publish action at <c>/_aws/sns</c>; functions reach it through AWS_ENDPOINT_URL_SNS.</summary>
public static class SnsEndpoints
{
    public const string Path = "/_aws/sns";

    public static void MapSns(this IEndpointRouteBuilder app, IReadOnlySet<string> topicArns) =>
        app.MapPost(Path, async (HttpRequest request, Outbox outbox, TimeProvider clock) =>
        {
            if (!request.HasFormContentType)
            {
                return Error(400, "InvalidParameter", "SNS Query API requests are application/x-www-form-urlencoded.");
            }
            var form = await request.ReadFormAsync();
            var action = form["Action"].ToString();
            if (action != "Publish")
            {
                return Error(400, "InvalidAction", $"The local cloud supports the Publish action, not '{action}'.");
            }
            var topicArn = form["TopicArn"].ToString();
            if (!topicArns.Contains(topicArn))
            {
                return Error(404, "NotFound", $"Topic does not exist: {topicArn}");
            }
            var message = form["Message"].ToString();
            if (message.Length == 0)
            {
                return Error(400, "InvalidParameter", "Invalid parameter: Message is required.");
            }
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 1; form.ContainsKey($"MessageAttributes.entry.{i}.Name"); i++)
            {
                attributes[form[$"MessageAttributes.entry.{i}.Name"].ToString()] = form[$"MessageAttributes.entry.{i}.Value.StringValue"].ToString();
            }
            var fault = request.HttpContext.RequestServices.GetService<LocalFaults>()?.Take(Fault.Sns);
            if (fault?.Kind == Fault.Error)
            {
                return Error(500, "InternalError", "The local cloud failed this publish on purpose (fault 'error'); nothing was published.", "Receiver");
            }
            var id = Guid.NewGuid().ToString();
            var subject = form["Subject"].ToString();
            outbox.Add(new OutboxMessage(id, topicArn, subject.Length == 0 ? null : subject, message, attributes,
                clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
            switch (fault?.Kind)
            {
                case Fault.Slow:
                    await Task.Delay(TimeSpan.FromSeconds(fault.Seconds), clock, request.HttpContext.RequestAborted);
                    break;
                case Fault.LostReply:
                    // Published, but the caller never hears so: what a dropped connection looks like to it.
                    request.HttpContext.Abort();
                    return Results.Empty;
            }
            return Results.Text(
                $"""<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>{id}</MessageId></PublishResult><ResponseMetadata><RequestId>{Guid.NewGuid()}</RequestId></ResponseMetadata></PublishResponse>""",
                "text/xml");
        });

    private static IResult Error(int status, string code, string message, string type = "Sender") =>
        Results.Text(
            $"""<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>{type}</Type><Code>{code}</Code><Message>{SecurityElement.Escape(message)}</Message></Error><RequestId>{Guid.NewGuid()}</RequestId></ErrorResponse>""",
            "text/xml", statusCode: status);
}
