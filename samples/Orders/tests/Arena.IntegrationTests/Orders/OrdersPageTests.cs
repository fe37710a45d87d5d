using Arena.IntegrationTests.LocalCloud;

namespace Arena.IntegrationTests.Orders;

/// <summary>The orders page in a real browser against the local cloud.</summary>
public sealed class OrdersPageTests(LocalCloudFixture cloud, BrowserFixture browser) : IClassFixture<LocalCloudFixture>, IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task An_order_placed_and_sent_again_is_one_order_with_its_notification_shown_as_text()
    {
        var page = await browser.OpenAsync(new Uri(cloud.BaseAddress, "/app/orders/"));
        var customer = "<img src=x id=injected> Ada " + Guid.NewGuid().ToString("N")[..6];
        await BrowserFixture.SignUpAsync(page);

        await page.FillAsync("#customerName", customer);
        await page.FillAsync("#productName", "Ball");
        await page.FillAsync("#quantity", "2");
        await page.ClickAsync("#order-form button[type=submit]");
        await page.WaitForFunctionAsync("() => document.getElementById('form-result').textContent.endsWith('placed.')");
        await page.ClickAsync("#retry");
        await page.WaitForFunctionAsync("() => document.getElementById('form-result').textContent.includes('already placed')");
        await page.WaitForFunctionAsync(
            "customer => [...document.querySelectorAll('#notifications pre')].some(p => p.textContent.includes(customer))", customer);

        var rows = await page.Locator("#orders tr").AllTextContentsAsync();
        Assert.Equal(2, rows.Count);
        Assert.Single(rows.Select(r => r[..36]).Distinct());
        Assert.Contains(rows, r => r.Contains("same order returned (retry)", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("#injected").CountAsync());
        Assert.Empty(browser.PolicyViolations);
        await BrowserFixture.ScreenshotAsync(page, "orders");
    }

    [BrowserFact]
    public async Task A_missing_customer_is_named_next_to_its_field()
    {
        var page = await browser.OpenAsync(new Uri(cloud.BaseAddress, "/app/orders/"));
        await BrowserFixture.SignUpAsync(page);

        await page.FillAsync("#productName", "Ball");
        await page.ClickAsync("#order-form button[type=submit]");

        await page.WaitForFunctionAsync("() => document.querySelector('[data-field=customerName]').textContent !== ''");
        Assert.Equal(0, await page.Locator("#orders tr:not(:has(.empty))").CountAsync());
    }

    [BrowserFact]
    public async Task Signed_out_the_page_asks_for_a_sign_in_and_places_nothing_and_a_wrong_password_is_named()
    {
        var page = await browser.OpenAsync(new Uri(cloud.BaseAddress, "/app/orders/"));
        await page.WaitForSelectorAsync("#sign-in:not([hidden])");

        await page.FillAsync("#customerName", "Eve");
        await page.FillAsync("#productName", "Ball");
        await page.ClickAsync("#order-form button[type=submit]");
        await page.WaitForFunctionAsync("() => document.getElementById('form-result').textContent.startsWith('Sign in first')");
        await page.FillAsync("#email", "nobody@example.com");
        await page.FillAsync("#password", "Wrong-Passw0rd");
        await page.ClickAsync("#sign-in button[value=sign-in]");
        await page.WaitForFunctionAsync("() => document.getElementById('sign-in-result').textContent === 'Incorrect username or password.'");

        Assert.Equal(0, await page.Locator("#orders tr:not(:has(.empty))").CountAsync());
        Assert.True(await page.Locator("#signed-in").IsHiddenAsync());
    }
}
