using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Arena.IntegrationTests.LocalCloud;

/// <summary>
/// Headless Chromium driven by Playwright: the installed browser (CHROMIUM_PATH, or Debian's chromium), else the one
/// Playwright's own installer put in its cache (as the GitHub workflow does). One browser per test class; each page
/// gets a context of its own, like a tab of another user.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly ConcurrentQueue<string> _refused = new();

    /// <summary>
    /// What the pages opened so far were refused by their Content Security Policy (the deployed site's, which the
    /// local cloud sends too): inline script or style, another origin. Empty when every page keeps to it.
    /// </summary>
    public IReadOnlyCollection<string> PolicyViolations => _refused;

    public static string? Executable =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path
            ? path
            : new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        if (Executable is null && !IsRequired)
        {
            // The tests are skipped; on CI they run, and fail saying what is missing when no browser can start.
            return;
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Executable, Headless = true });
    }

    public async Task<IPage> OpenAsync(Uri url)
    {
        var browser = _browser ?? throw new InvalidOperationException("No browser was started.");
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) _refused.Enqueue($"{page.Url}: {message.Text}");
        };
        await page.GotoAsync(url.ToString());
        return page;
    }

    /// <summary>Creates a new customer account on the page's sign-in form (confirmed at once locally) and waits until it is signed in.</summary>
    public static async Task SignUpAsync(IPage page)
    {
        await page.FillAsync("#email", $"shopper-{Guid.NewGuid():N}@example.com");
        await page.FillAsync("#password", "Shopper-Passw0rd");
        await page.ClickAsync("#sign-in button[value=sign-up]");
        await page.WaitForSelectorAsync("#signed-in:not([hidden])");
    }

    /// <summary>Keeps what a page shows as a test artifact, under the test output's screenshots folder.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}

/// <summary>A test that needs Chromium: skipped without one, unless CI requires it.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserFixture.Executable is null && !BrowserFixture.IsRequired)
        {
            Skip = "Needs Chromium: apt-get install chromium (or set CHROMIUM_PATH).";
        }
    }
}
