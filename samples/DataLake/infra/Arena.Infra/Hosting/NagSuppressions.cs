using System.Runtime.CompilerServices;
using Amazon.CDK;
using Constructs;

namespace Arena.Infra.Hosting;

/// <summary>
/// Says why a cdk-nag rule does not apply to a resource, in the resource's <c>cdk_nag</c> metadata
/// (<c>rules_to_suppress</c>: id, reason and, for some of a rule's findings only, <c>applies_to</c>), where cdk-nag reads
/// it from the synthesized template. Every suppression carries its reason; the pack's tests run cdk-nag's AwsSolutions
/// and Serverless packs over the samples and fail on any finding without one.
/// </summary>
public static class NagSuppressions
{
    private static readonly ConditionalWeakTable<CfnResource, List<Dictionary<string, object>>> Rules = [];

    /// <param name="construct">The resource, or a construct whose default child is the resource.</param>
    /// <param name="appliesTo">
    /// The findings of the rule this reason covers, as text (<c>Resource::*</c>) or <see cref="Matching"/>; all of them when empty.
    /// </param>
    public static void Add(IConstruct construct, string rule, string reason, params object[] appliesTo)
    {
        var resource = construct as CfnResource ?? construct.Node.DefaultChild as CfnResource
            ?? throw new ArgumentException($"{construct.Node.Path} is not a CloudFormation resource.", nameof(construct));
        var rules = Rules.GetOrCreateValue(resource);
        var entry = new Dictionary<string, object> { ["id"] = rule, ["reason"] = reason };
        if (appliesTo.Length > 0)
        {
            entry["applies_to"] = appliesTo;
        }
        rules.Add(entry);
        resource.AddMetadata("cdk_nag", new Dictionary<string, object> { ["rules_to_suppress"] = rules.ToArray() });
    }

    /// <summary>The findings whose text matches <paramref name="pattern"/>: for ones that name a resource by its logical id.</summary>
    public static object Matching(string pattern) => new Dictionary<string, object> { ["regex"] = $"/{pattern}/" };
}
