using System.Text.Json;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Streams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LiveScore.LocalCloud.Tests.Streams;

public sealed class DeadLettersEndpointTests
{
    [Fact]
    public async Task Set_aside_records_are_listed_as_json()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(new DeadLetters(TimeProvider.System));
        await using var app = builder.Build();
        app.MapDeadLetters();
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var record = new DynamoDbStreamRecord { EventId = "e-1", Dynamodb = new StreamRecordData { SequenceNumber = "100000000000000000001" } };
        app.Services.GetRequiredService<DeadLetters>().Add("score-stream", "Players", [record], "shardId-1", "function error Unhandled: boom", 4);

        using var document = JsonDocument.Parse(await http.GetStringAsync(StreamServices.DeadLettersPath));

        var letter = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("score-stream", letter.GetProperty("function").GetString());
        Assert.Equal("Players", letter.GetProperty("table").GetString());
        Assert.Equal("function error Unhandled: boom", letter.GetProperty("reason").GetString());
        Assert.Equal(4, letter.GetProperty("attempts").GetInt32());
        Assert.True(DateTimeOffset.TryParse(letter.GetProperty("time").GetString(), out _));
        var listed = Assert.Single(letter.GetProperty("records").EnumerateArray());
        Assert.Equal("e-1", listed.GetProperty("eventId").GetString());
        Assert.Equal("100000000000000000001", listed.GetProperty("sequenceNumber").GetString());
    }
}
