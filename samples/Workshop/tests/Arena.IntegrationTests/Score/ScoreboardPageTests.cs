using Arena.IntegrationTests.LocalCloud;
using Microsoft.Playwright;

namespace Arena.IntegrationTests.Score;

/// <summary>The scoreboard in two browser tabs against the local cloud: what one changes, the other shows live.</summary>
public sealed class ScoreboardPageTests(LocalCloudFixture cloud, BrowserFixture browser) : IClassFixture<LocalCloudFixture>, IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_player_added_and_scored_on_one_page_appears_live_on_another_as_text()
    {
        var watcher = await OpenLiveAsync();
        var editor = await OpenLiveAsync();
        var id = "p-" + Guid.NewGuid().ToString("N")[..8];
        var name = "<img src=x id=injected> Ann";

        await editor.FillAsync("#playerId", id);
        await editor.FillAsync("#name", name);
        await editor.FillAsync("#score", "999999");
        await editor.ClickAsync("#player-form button[value=create]");
        await RowShowsAsync(watcher, name, "999999");
        await editor.FillAsync("#score", "1000000");
        await editor.ClickAsync("#player-form button[value=update]");
        await RowShowsAsync(watcher, name, "1000000");

        Assert.Equal(0, await watcher.Locator("#injected").CountAsync());
        Assert.Empty(browser.PolicyViolations);
        await BrowserFixture.ScreenshotAsync(watcher, "scoreboard");
    }

    private async Task<IPage> OpenLiveAsync()
    {
        var page = await browser.OpenAsync(new Uri(cloud.BaseAddress, "/app/score/"));
        await page.WaitForFunctionAsync("() => document.getElementById('status').classList.contains('live')");
        return page;
    }

    private static Task RowShowsAsync(IPage page, string name, string score) => page.WaitForFunctionAsync(
        "([name, score]) => [...document.querySelectorAll('#leaderboard tr')].some(r => r.cells[1]?.textContent === name && r.cells[3]?.textContent === score)",
        new[] { name, score });
}
