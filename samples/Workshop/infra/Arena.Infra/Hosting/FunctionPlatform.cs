using Amazon.CDK.AWS.Lambda;

namespace Arena.Infra.Hosting;

/// <summary>The Lambda architecture and the matching publish runtime identifier of the functions executable.</summary>
public static class FunctionPlatform
{
    public static Architecture Architecture => Architecture.ARM_64;
    public const string RuntimeIdentifier = "linux-arm64";
}
