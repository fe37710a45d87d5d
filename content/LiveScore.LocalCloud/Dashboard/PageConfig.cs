using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveScore.LocalCloud.Dashboard;

/// <summary>Where the web pages find the APIs: the deployment writes this file next to the pages, the local cloud answers it.</summary>
public sealed record PageConfig(string ApiUrl, string WebSocketUrl);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PageConfig))]
internal sealed partial class PageConfigJsonContext : JsonSerializerContext;
