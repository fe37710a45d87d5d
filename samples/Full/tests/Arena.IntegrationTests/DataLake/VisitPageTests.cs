using Arena.IntegrationTests.LocalCloud;

namespace Arena.IntegrationTests.DataLake;

/// <summary>The visit form and the lake page in a real browser, against the local cloud.</summary>
public sealed class VisitPageTests(LocalCloudFixture cloud, BrowserFixture browser) : IClassFixture<LocalCloudFixture>, IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_visit_recorded_on_the_form_shows_up_on_the_lake_page_as_text()
    {
        var form = await browser.OpenAsync(new Uri(cloud.BaseAddress, "/app/visits/"));
        await BrowserFixture.SignUpAsync(form);
        var product = "<i>Kite</i> " + Guid.NewGuid().ToString("N")[..6];
        await form.FillAsync("#productName", product);
        await form.ClickAsync("#visit-form button[type=submit]");
        await form.WaitForFunctionAsync("() => document.getElementById('result').textContent.startsWith('Queued as message')");

        var lake = await browser.OpenAsync(new Uri(cloud.BaseAddress, "/app/lake/"));
        await lake.WaitForFunctionAsync(
            "name => [...document.querySelectorAll('#visits td')].some(td => td.textContent.startsWith(name))", product);

        Assert.StartsWith("visits/year=", await lake.TextContentAsync("#shown"), StringComparison.Ordinal);
        Assert.Equal(0, await lake.Locator("#visits i").CountAsync());
        Assert.Empty(browser.PolicyViolations);
        await BrowserFixture.ScreenshotAsync(form, "visits");
        await BrowserFixture.ScreenshotAsync(lake, "lake");
    }

    [BrowserFact]
    public async Task A_bad_field_is_named_next_to_it()
    {
        var form = await browser.OpenAsync(new Uri(cloud.BaseAddress, "/app/visits/"));
        await BrowserFixture.SignUpAsync(form);
        await form.FillAsync("#pricePerUnit", "1.234");
        await form.ClickAsync("#visit-form button[type=submit]");

        await form.WaitForFunctionAsync("() => document.querySelector('[data-field=pricePerUnit]').textContent !== ''");
        Assert.Contains("at most 2 decimals", await form.TextContentAsync("[data-field=pricePerUnit]"));
    }
}
