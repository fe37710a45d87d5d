namespace LiveScore.Lambda.Aws;

/// <summary>The intermediate strings of one SigV4 signing; what AWS echoes back when a signature does not match.</summary>
/// <param name="CanonicalRequest">Method, path, query, signed headers and payload hash, in SigV4's canonical form.</param>
/// <param name="StringToSign">The algorithm, timestamp, credential scope and hash of the canonical request.</param>
/// <param name="Signature">The hex signature that the <c>Authorization</c> header carries.</param>
public sealed record SigV4Signature(string CanonicalRequest, string StringToSign, string Signature);
