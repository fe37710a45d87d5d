using System.Text.Json;
using LiveScore.LocalCloud.Lambda;

namespace LiveScore.LocalCloud.Faults;

/// <summary>Why a fault was refused, by field.</summary>
public sealed record FaultRefusal(string Title, IReadOnlyDictionary<string, string> Errors);

/// <summary><c>/_local/faults</c>: GET lists the active faults, POST switches one on, DELETE switches them all off.</summary>
public static class FaultEndpoints
{
    public const string Path = "/_local/faults";

    public static void MapFaults(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (LocalFaults faults) => Results.Json(faults.Snapshot(), LocalJsonContext.Default.IReadOnlyListActiveFault));
        app.MapPost(Path, async (HttpRequest request, LocalFaults faults, LambdaService lambda) =>
        {
            Fault? fault;
            try
            {
                fault = await JsonSerializer.DeserializeAsync(request.Body, LocalJsonContext.Default.Fault, request.HttpContext.RequestAborted);
            }
            catch (JsonException e)
            {
                return Refuse(new Dictionary<string, string> { ["body"] = "must be a JSON fault such as {\"target\":\"sns\",\"fault\":\"error\"}: " + e.Message });
            }
            if (fault is null)
            {
                return Refuse(new Dictionary<string, string> { ["body"] = "must be a JSON object" });
            }
            var problems = fault.Problems(id => lambda.Find(id) is not null);
            if (problems.Count > 0)
            {
                return Refuse(problems);
            }
            faults.Add(fault);
            return Results.Json(faults.Snapshot(), LocalJsonContext.Default.IReadOnlyListActiveFault, statusCode: StatusCodes.Status201Created);
        });
        app.MapDelete(Path, (LocalFaults faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
    }

    private static IResult Refuse(IReadOnlyDictionary<string, string> errors) =>
        Results.Json(new FaultRefusal("The fault was not switched on.", errors), LocalJsonContext.Default.FaultRefusal, statusCode: StatusCodes.Status400BadRequest);
}
