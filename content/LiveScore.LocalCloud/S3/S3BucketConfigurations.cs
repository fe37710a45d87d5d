using System.Text;
using System.Text.Json;
using System.Xml;

namespace LiveScore.LocalCloud.S3;

/// <summary>
/// The bucket settings kept as the documents they were put with (no enforcement): policy, public access block,
/// default encryption, lifecycle, versioning and ACL. Each is read back as put, or as S3's default when it has one.
/// </summary>
internal static class S3BucketConfigurations
{
    private const string Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";

    /// <param name="Subresource">The query parameter that addresses it, also its key in the bucket index.</param>
    /// <param name="Operation">The name part after Put/Get/Delete, as CloudTrail spells it.</param>
    /// <param name="Parameter">The name CloudTrail gives the document in requestParameters.</param>
    /// <param name="Default">What S3 answers when none was put; null when it answers <paramref name="Missing"/>.</param>
    internal sealed record Kind(
        string Subresource, string Operation, string Parameter, bool Deletable, int PutStatus, string? Default, S3Exception? Missing);

    public static readonly IReadOnlyList<Kind> Kinds =
    [
        new("policy", "BucketPolicy", "bucketPolicy", true, 204, null,
            new S3Exception(404, "NoSuchBucketPolicy", "The bucket policy does not exist")),
        new("publicAccessBlock", "BucketPublicAccessBlock", "PublicAccessBlockConfiguration", true, 200, null,
            new S3Exception(404, "NoSuchPublicAccessBlockConfiguration", "The public access block configuration was not found")),
        new("encryption", "BucketEncryption", "ServerSideEncryptionConfiguration", true, 200,
            $"""<ServerSideEncryptionConfiguration xmlns="{Namespace}"><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>false</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>""",
            null),
        new("lifecycle", "BucketLifecycle", "LifecycleConfiguration", true, 200, null,
            new S3Exception(404, "NoSuchLifecycleConfiguration", "The lifecycle configuration does not exist")),
        new("versioning", "BucketVersioning", "VersioningConfiguration", false, 200, $"""<VersioningConfiguration xmlns="{Namespace}"/>""", null),
        new("acl", "BucketAcl", "AccessControlPolicy", false, 200, CannedAcl("private"), null),
    ];

    public static async Task PutAsync(S3Storage storage, S3Request request, Kind kind)
    {
        var bucket = request.RequiredBucket;
        using var body = new MemoryStream();
        await S3Payload.CopyAsync(request.HttpRequest, body, request.Http.RequestAborted);
        var document = Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
        if (kind.Subresource == "acl" && document.Length == 0)
        {
            // A canned ACL comes as a header, and reads back as the grants it stands for.
            var canned = request.HttpRequest.Headers["x-amz-acl"].ToString();
            request.Parameters["x-amz-acl"] = canned;
            document = CannedAcl(canned) ?? throw S3Exception.InvalidArgument($"Unknown canned ACL '{canned}'.");
        }
        else
        {
            request.Parameters[kind.Parameter] = document;
            Validate(kind, document);
        }
        storage.SetConfiguration(bucket, kind.Subresource, document);
        request.Response.StatusCode = kind.PutStatus;
    }

    public static async Task GetAsync(S3Storage storage, S3Request request, Kind kind)
    {
        var document = storage.GetConfiguration(request.RequiredBucket, kind.Subresource) ?? kind.Default ?? throw kind.Missing!;
        request.Response.ContentType = kind.Subresource == "policy" ? "application/json" : "application/xml";
        await request.Response.WriteAsync(document, request.Http.RequestAborted);
    }

    public static Task DeleteAsync(S3Storage storage, S3Request request, Kind kind)
    {
        storage.SetConfiguration(request.RequiredBucket, kind.Subresource, null);
        request.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    private static void Validate(Kind kind, string document)
    {
        try
        {
            if (kind.Subresource == "policy")
            {
                using var policy = JsonDocument.Parse(document);
                if (policy.RootElement.ValueKind != JsonValueKind.Object) throw new JsonException();
            }
            else
            {
                new XmlDocument { XmlResolver = null }.LoadXml(document);
            }
        }
        catch (Exception e) when (e is JsonException or XmlException)
        {
            throw kind.Subresource == "policy"
                ? new S3Exception(400, "MalformedPolicy", "Policies must be valid JSON and the first byte must be '{'")
                : S3Exception.MalformedXml();
        }
    }

    private static string? CannedAcl(string canned)
    {
        var grants = canned switch
        {
            "private" => "",
            "public-read" => Group("AllUsers", "READ"),
            "public-read-write" => Group("AllUsers", "READ") + Group("AllUsers", "WRITE"),
            "authenticated-read" => Group("AuthenticatedUsers", "READ"),
            _ => null,
        };
        return grants is null ? null :
            $"""<AccessControlPolicy xmlns="{Namespace}"><Owner><ID>{S3Xml.OwnerId}</ID></Owner><AccessControlList><Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>{S3Xml.OwnerId}</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant>{grants}</AccessControlList></AccessControlPolicy>""";
    }

    private static string Group(string group, string permission) =>
        $"""<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group"><URI>http://acs.amazonaws.com/groups/global/{group}</URI></Grantee><Permission>{permission}</Permission></Grant>""";
}
