namespace LiveScore.Lambda.Aws;

/// <summary>The intermediate strings of one SigV4 signing; what AWS echoes back when a signature does not match.</summary>
public sealed record SigV4Signature(string CanonicalRequest, string StringToSign, string Signature);
