using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.SNS.Subscriptions;
using Constructs;
using LiveScore.Lambda.Catalog;

namespace Arena.Infra.Hosting;

/// <summary>
/// Builds an SNS topic from its catalog definition. The email address is a stack parameter, so no address
/// is ever committed; the topic is encrypted with the AWS managed SNS key and refuses publishing over plain HTTP.
/// </summary>
public static class TopicBuilder
{
    private const string AwsManagedSnsKey = "alias/aws/sns";

    public static void Build(Construct scope, TopicDefinition definition, AppResources resources)
    {
        var id = ConstructIds.From(definition.Name);
        var email = new CfnParameter(Stack.Of(scope), definition.EmailParameter, new CfnParameterProps
        {
            Type = "String",
            Description = $"Email address that receives '{definition.Description}' notifications (confirm the subscription email).",
            AllowedPattern = @"^[^@\s]+@[^@\s]+\.[^@\s]+$",
            ConstraintDescription = "must be an email address",
        });

        var topic = new Topic(scope, id + "Topic", new TopicProps
        {
            DisplayName = definition.Description,
            MasterKey = Alias.FromAliasName(scope, id + "TopicKey", AwsManagedSnsKey),
        });

        // The topic's enforceSSL option only takes effect once some other statement creates a topic policy; state it directly.
        topic.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Effect = Effect.DENY,
            Principals = [new AnyPrincipal()],
            Actions = ["sns:Publish"],
            Resources = [topic.TopicArn],
            Conditions = new Dictionary<string, object>
            {
                ["Bool"] = new Dictionary<string, object> { ["aws:SecureTransport"] = "false" },
            },
        }));
        // What SNS could not deliver to the address after its retries (say, a full mailbox) waits here instead of being lost.
        var undelivered = DeadLetterQueues.Build(scope, id + "Email",
            $"Notifications of {definition.Name} that SNS could not deliver to the email address wait in this dead-letter queue.");
        topic.AddSubscription(new EmailSubscription(email.ValueAsString, new EmailSubscriptionProps { DeadLetterQueue = undelivered }));
        resources.Add(definition.Name, topic);
    }
}
