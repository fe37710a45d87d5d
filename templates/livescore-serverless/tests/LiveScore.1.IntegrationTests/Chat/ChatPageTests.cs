using LiveScore._1.IntegrationTests.LocalCloud;
using Microsoft.Playwright;

namespace LiveScore._1.IntegrationTests.Chat;

/// <summary>The chat and broadcast pages in a real browser, against the local cloud.</summary>
public sealed class ChatPageTests(LocalCloudFixture cloud, BrowserFixture browser) : IClassFixture<LocalCloudFixture>, IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Two_tabs_chat_and_the_broadcast_page_reaches_both_with_every_text_shown_as_text()
    {
        var alice = await OpenLiveChatAsync();
        var bob = await OpenLiveChatAsync();

        const string hello = "hello <b>bob</b> <img src=x onerror=alert(1)>";
        await alice.FillAsync("#message", hello);
        await alice.ClickAsync("#chat-form button[type=submit]");
        await ShowsAsync(alice, "chat", hello);
        await ShowsAsync(bob, "chat", hello);
        await bob.FillAsync("#message", "hi alice");
        await bob.PressAsync("#message", "Enter");
        await ShowsAsync(alice, "chat", "hi alice");

        var operatorPage = await browser.OpenAsync(new Uri(cloud.BaseAddress, "/app/broadcast/"));
        await operatorPage.FillAsync("#message", "maintenance at noon");
        await operatorPage.ClickAsync("#broadcast-form button[type=submit]");
        await operatorPage.WaitForFunctionAsync("() => document.getElementById('result').textContent !== ''");
        var result = await operatorPage.TextContentAsync("#result");
        Assert.True(await operatorPage.Locator("#result.ok").CountAsync() == 1, result);
        // Every open chat page of this cloud: these two, and any another test of this class left open.
        Assert.Matches(@"delivered to [2-9]\d*, 0 closed connections removed, 0 failed\.", result);
        await ShowsAsync(alice, "broadcast", "maintenance at noon");
        await ShowsAsync(bob, "broadcast", "maintenance at noon");

        foreach (var page in new[] { alice, bob })
        {
            // The markup in the message stayed text: no element was made from it.
            Assert.Equal(0, await page.Locator("#messages b, #messages img").CountAsync());
        }
        Assert.Empty(browser.PolicyViolations);
        await BrowserFixture.ScreenshotAsync(alice, "chat-alice");
        await BrowserFixture.ScreenshotAsync(bob, "chat-bob");
        await BrowserFixture.ScreenshotAsync(operatorPage, "broadcast");
    }

    [BrowserFact]
    public async Task A_refused_message_is_explained_on_the_page()
    {
        var page = await OpenLiveChatAsync();

        await page.FillAsync("#message", new string('x', 10));
        await page.EvaluateAsync("() => document.getElementById('message').value = 'bell \\u0007 character'");
        await page.ClickAsync("#chat-form button[type=submit]");

        await page.WaitForFunctionAsync("() => !document.getElementById('problem').hidden");
        Assert.Contains("control characters", await page.TextContentAsync("#problem"));
    }

#if (chatSignIn)
    [BrowserFact]
    public async Task Signed_out_the_page_listens_and_is_told_to_sign_in_before_it_sends()
    {
        var listener = await browser.OpenAsync(new Uri(cloud.BaseAddress, "/app/chat/"));
        await listener.WaitForFunctionAsync("() => document.getElementById('status').textContent === 'Live, listening only'");
        var chatter = await OpenLiveChatAsync();

        await listener.FillAsync("#message", "anonymous");
        await listener.ClickAsync("#chat-form button[type=submit]");
        await listener.WaitForFunctionAsync("() => document.getElementById('problem').textContent.includes('Sign in to chat')");
        await chatter.FillAsync("#message", "from a customer");
        await chatter.ClickAsync("#chat-form button[type=submit]");

        await ShowsAsync(listener, "chat", "from a customer");
        Assert.Equal(0, await chatter.Locator("#messages li.chat .text:text-is('anonymous')").CountAsync());
    }

    // Signed in, the page reconnects with the customer's token before it can send.
    private async Task<IPage> OpenLiveChatAsync()
    {
        var page = await browser.OpenAsync(new Uri(cloud.BaseAddress, "/app/chat/"));
        await page.WaitForSelectorAsync("#status.live");
        await BrowserFixture.SignUpAsync(page);
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent === 'Live'");
        return page;
    }
#else
    private async Task<IPage> OpenLiveChatAsync()
    {
        var page = await browser.OpenAsync(new Uri(cloud.BaseAddress, "/app/chat/"));
        await page.WaitForSelectorAsync("#status.live");
        return page;
    }
#endif

    /// <summary>Waits until the page lists <paramref name="text"/>, exactly, as a message of <paramref name="kind"/>.</summary>
    private static Task ShowsAsync(IPage page, string kind, string text) =>
        page.WaitForFunctionAsync(
            "([kind, text]) => [...document.querySelectorAll(`#messages li.${kind} .text`)].some(e => e.textContent === text)",
            new[] { kind, text });
}
