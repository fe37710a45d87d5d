using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveScore.LocalCloud.Dashboard;

/// <summary>Where the web pages find the APIs: the deployment writes this file next to the pages, the local cloud answers it.</summary>
/// <param name="SignedWrites">Whether some routes have IAM authorization, so that pages sign what they send them.</param>
/// <param name="LocalCredentials">Locally only: the placeholder credentials that sign requests to IAM-authorized routes.</param>
/// <param name="UserPool">Where customers sign in, when some routes need a signed-in customer; null otherwise.</param>
public sealed record PageConfig(string ApiUrl, string WebSocketUrl, bool SignedWrites, PageCredentials? LocalCredentials, PageUserPool? UserPool);

/// <summary>The user pool the pages sign customers in to: the Cognito user pools API's endpoint and the pages' client.</summary>
public sealed record PageUserPool(string Endpoint, string ClientId);

/// <summary>The local cloud's placeholder credentials, which pages use to sign requests to IAM-authorized routes.</summary>
public sealed record PageCredentials(string Region, string AccessKeyId, string SecretAccessKey);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PageConfig))]
[JsonSerializable(typeof(PageCredentials))]
[JsonSerializable(typeof(PageUserPool))]
internal sealed partial class PageConfigJsonContext : JsonSerializerContext;
