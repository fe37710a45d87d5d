using LiveScore.Lambda;
using LiveScore.Lambda.Http;

namespace LiveScore._1.Functions.Chat;

/// <summary><c>POST /broadcast</c> and <c>POST /broadcastmessage</c>: one message to every connected client, 202 with the counts.</summary>
public sealed class BroadcastApi(ChatRoom room)
{
    public async Task<HttpResult> HandleAsync(HttpRequestData request, ILambdaLog log, CancellationToken cancellationToken)
    {
        if (request.Method != "POST")
        {
            return Responses.MethodNotAllowed(request, "POST");
        }
        if (JsonBody.Refusal(request, ChatRules.MaxBodyBytes) is { } refused)
        {
            return refused;
        }
        var errors = new ValidationErrors();
        var text = ChatRules.MessageOf(request.Body, errors);
        if (text is null)
        {
            return Responses.Problem(Problem.Validation(errors.ToDictionary()));
        }
        var report = await room.BroadcastAsync(text, log, cancellationToken);
        return Responses.Json(202, report, ChatJsonContext.Web.BroadcastReport);
    }
}
