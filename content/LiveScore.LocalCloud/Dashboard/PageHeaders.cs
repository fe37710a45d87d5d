namespace LiveScore.LocalCloud.Dashboard;

/// <summary>
/// The security headers a deployed site sends with its pages (the generated CDK app's CloudFront response headers
/// policy), sent with the local pages too: a page that needs inline script or another origin fails here first.
/// </summary>
public static class PageHeaders
{
    /// <summary>Scripts, styles and calls only to the page's own origin (the local cloud serves the APIs there, WebSocket included).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Apply(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    }
}
