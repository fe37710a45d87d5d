using Amazon.CDK.AWS.Lambda;

namespace LiveScore._1.Infra.Hosting;

/// <summary>The Lambda architecture and the matching publish runtime identifier of the functions executable.</summary>
public static class FunctionPlatform
{
#if (x64)
    public static Architecture Architecture => Architecture.X86_64;
    public const string RuntimeIdentifier = "linux-x64";
#else
    public static Architecture Architecture => Architecture.ARM_64;
    public const string RuntimeIdentifier = "linux-arm64";
#endif
}
