using Amazon.Runtime;
using Amazon.S3;
using Arena.Functions.Audit;
using Arena.IntegrationTests.LocalCloud;

namespace Arena.IntegrationTests.Audit;

/// <summary>The audit page in a real browser, against the local cloud.</summary>
public sealed class AuditPageTests(LocalCloudFixture cloud, BrowserFixture browser) : IClassFixture<LocalCloudFixture>, IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_policy_change_shows_up_as_an_alert_and_in_the_trail_with_markup_kept_as_text()
    {
        var page = await browser.OpenAsync(new Uri(cloud.BaseAddress, "/app/audit/"));
        await page.WaitForFunctionAsync("() => !document.getElementById('try').hidden");
        var marker = "<img src=x id=injected>" + Guid.NewGuid().ToString("N")[..6];
        using var s3 = new AmazonS3Client(new BasicAWSCredentials("local", "local"), new AmazonS3Config
        {
            ServiceURL = new Uri(cloud.BaseAddress, "/_aws/s3").ToString(),
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
        });

        await s3.PutBucketPolicyAsync(AuditCatalog.TrailLogs.LocalName, $$"""{"Version":"2012-10-17","Statement":[{"Sid":"{{marker}}","Effect":"Deny","Principal":"*","Action":"s3:DeleteObject","Resource":"*"}]}""");

        await page.WaitForFunctionAsync("marker => document.getElementById('alerts').textContent.includes(marker)", marker);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#trail tr')].some(r => r.textContent.includes('PutBucketPolicy') && r.textContent.includes('sent to audit-alert'))");
        Assert.Contains($"S3 PutBucketPolicy on {AuditCatalog.TrailLogs.LocalName}", await page.TextContentAsync("#alerts"));
        Assert.Equal(0, await page.Locator("#injected").CountAsync());
        Assert.Empty(browser.PolicyViolations);
        await BrowserFixture.ScreenshotAsync(page, "audit");
    }
}
