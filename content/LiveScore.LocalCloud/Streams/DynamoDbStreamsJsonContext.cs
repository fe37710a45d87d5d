using System.Text.Json.Serialization;

namespace LiveScore.LocalCloud.Streams;

/// <summary>
/// The Streams API's JSON: member names as declared. Reading ignores case because that API spells a few members
/// differently from Lambda's event (<c>userIdentity.PrincipalId</c> against <c>principalId</c>).
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DescribeStreamRequest))]
[JsonSerializable(typeof(DescribeStreamResponse))]
[JsonSerializable(typeof(GetShardIteratorRequest))]
[JsonSerializable(typeof(GetShardIteratorResponse))]
[JsonSerializable(typeof(GetRecordsRequest))]
[JsonSerializable(typeof(GetRecordsResponse))]
[JsonSerializable(typeof(StreamsServiceError))]
internal sealed partial class DynamoDbStreamsJsonContext : JsonSerializerContext;
