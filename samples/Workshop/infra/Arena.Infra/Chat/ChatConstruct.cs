using Constructs;
using Arena.Functions.Chat;
using Arena.Infra.Hosting;

namespace Arena.Infra.Chat;

/// <summary>WebSocket chat, built from <see cref="ChatCatalog"/>: its WebSocket routes and the IAM-authorized broadcast routes.</summary>
public sealed class ChatConstruct(Construct scope, string id, AppResources resources)
    : FeatureConstruct(scope, id, resources, [], [], ChatCatalog.Functions);
