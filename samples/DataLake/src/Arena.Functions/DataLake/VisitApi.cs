using LiveScore.Lambda.Http;

namespace Arena.Functions.DataLake;

/// <summary>The visits API. A request only queues the visit: it is stored and reaches the lake from the queue.</summary>
public sealed class VisitApi(IVisitQueue queue, TimeProvider clock)
{
    public async Task<HttpResult> HandleAsync(HttpRequestData request, CancellationToken cancellationToken)
    {
        if (JsonBody.Refusal(request, VisitRules.MaxBodyBytes) is { } refused)
        {
            return refused;
        }
        if (request.Method != "POST")
        {
            return Responses.MethodNotAllowed(request, "POST");
        }
        var errors = new ValidationErrors();
        var visit = VisitRules.ForVisit(request.Body, clock.GetUtcNow(), errors);
        if (visit is null)
        {
            return Responses.Problem(Problem.Validation(errors.ToDictionary()));
        }
        var messageId = await queue.SendAsync(visit, cancellationToken);
        return Responses.Json(202, new VisitAccepted(messageId), DataLakeJsonContext.Web.VisitAccepted);
    }
}
