using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// Source-generated (reflection-free, Native AOT safe) JSON metadata for every Lambda event and response model.
/// Use the generated <c>HostingJsonContext.Default</c>.
/// </summary>
/// <remarks>
/// Nulls are omitted when writing: AWS treats an absent optional field and a null one alike, and
/// omitting them keeps responses minimal.
/// <para>
/// Encoder: the default (<c>JavaScriptEncoder.Default</c>), deliberately. These documents are read only
/// by Lambda and API Gateway, which decode string escapes before anything reaches a client: a body
/// written as <c>{\u0022id\u0022:1}</c> is delivered as <c>{"id":1}</c>. So the encoder here changes
/// nothing a client reads; what clients read is the text placed in <c>body</c>, and its encoding is chosen
/// by the code that writes that text. UnsafeRelaxedJsonEscaping would only save a few bytes of envelope,
/// and because source-generation options cannot carry an encoder it would need a second, hand-built
/// context next to <c>Default</c> that callers could mix up.
/// </para>
/// </remarks>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HttpApiRequest))]
[JsonSerializable(typeof(HttpApiRequestContext))]
[JsonSerializable(typeof(HttpApiHttpDetails))]
[JsonSerializable(typeof(HttpApiResponse))]
[JsonSerializable(typeof(WebSocketRequest))]
[JsonSerializable(typeof(WebSocketRequestContext))]
[JsonSerializable(typeof(WebSocketIdentity))]
[JsonSerializable(typeof(WebSocketEventType))]
[JsonSerializable(typeof(WebSocketResponse))]
[JsonSerializable(typeof(WebSocketAuthorizerRequest))]
[JsonSerializable(typeof(AuthorizerResponse))]
[JsonSerializable(typeof(DynamoDbStreamEvent))]
[JsonSerializable(typeof(DynamoDbStreamRecord))]
[JsonSerializable(typeof(StreamRecordData))]
[JsonSerializable(typeof(StreamUserIdentity))]
[JsonSerializable(typeof(StreamEventName))]
[JsonSerializable(typeof(AttributeValue))]
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(SqsMessage))]
[JsonSerializable(typeof(SqsMessageAttribute))]
[JsonSerializable(typeof(CloudTrailEvent))]
[JsonSerializable(typeof(BatchResponse))]
[JsonSerializable(typeof(BatchItemFailure))]
public sealed partial class HostingJsonContext : JsonSerializerContext
{
}
