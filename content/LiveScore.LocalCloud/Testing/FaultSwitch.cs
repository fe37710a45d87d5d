using System.Text;
using LiveScore.LocalCloud.Faults;

namespace LiveScore.LocalCloud.Testing;

/// <summary>Switches the local cloud's faults (<c>/_local/faults</c>) on and off from a test.</summary>
public static class FaultSwitch
{
    /// <summary>Switches on a fault such as <c>{"target":"sns","fault":"lost-reply"}</c>; throws with the refusal when it is refused.</summary>
    public static async Task OnAsync(HttpClient localCloud, string faultJson)
    {
        using var response = await localCloud.PostAsync(FaultEndpoints.Path, new StringContent(faultJson, Encoding.UTF8, "application/json"));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The fault {faultJson} was refused: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Waits until every fault switched on has hit as often as it was asked to (or run out of time).</summary>
    public static Task UsedUpAsync(HttpClient localCloud, Func<string>? context = null) =>
        Eventually.UntilAsync(() => localCloud.GetStringAsync(FaultEndpoints.Path), faults => faults == "[]", "the faults to be used up", context: context);

    /// <summary>Switches every fault off.</summary>
    public static async Task OffAsync(HttpClient localCloud)
    {
        using var response = await localCloud.DeleteAsync(FaultEndpoints.Path);
        response.EnsureSuccessStatusCode();
    }
}
