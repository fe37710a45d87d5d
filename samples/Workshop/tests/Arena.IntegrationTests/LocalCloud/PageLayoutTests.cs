namespace Arena.IntegrationTests.LocalCloud;

/// <summary>Every page the dashboard links to, on a phone-sized screen, under the deployed site's Content Security Policy.</summary>
public sealed class PageLayoutTests(LocalCloudFixture cloud, BrowserFixture browser) : IClassFixture<LocalCloudFixture>, IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Every_page_fits_a_phone_screen_and_keeps_to_the_content_security_policy()
    {
        var dashboard = await browser.OpenAsync(new Uri(cloud.BaseAddress, "/app/"));
        var pages = await dashboard.EvalOnSelectorAllAsync<string[]>("ul a[href]", "links => links.map(a => a.href)");

        Assert.NotEmpty(pages);
        foreach (var url in pages.Prepend(dashboard.Url))
        {
            var page = await browser.OpenAsync(new Uri(url));
            await page.SetViewportSizeAsync(390, 844);
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"{url} is {widths[0]} px wide on a {widths[1]} px screen");
            await BrowserFixture.ScreenshotAsync(page, "phone-" + new Uri(url).AbsolutePath.Trim('/').Replace('/', '-'));
        }
        Assert.Empty(browser.PolicyViolations);
    }
}
