using System.Globalization;
using System.Text;
using LiveScore.Lambda.Notifications;

namespace Arena.Functions.Score;

/// <summary>Turns a score change into the email sent through the LiveGameScore topic.</summary>
public static class ScoreNotifications
{
    /// <summary>SNS subjects are ASCII, one line, under 100 characters.</summary>
    private const int MaxSubjectLength = 99;

    public static Notification For(ScoreChange change, string topicArn)
    {
        var player = change.Player ?? change.Previous!;
        var (subject, body) = change.Operation switch
        {
            "INSERT" => ($"New player {player.Name}: score {player.Score}",
                         $"Player {player.Name} ({player.PlayerId}) joined with score {player.Score} at {player.UpdatedAt}."),
            "MODIFY" => ($"{player.Name}: score {change.Previous?.Score} -> {player.Score}",
                         $"Player {player.Name} ({player.PlayerId}) score changed from {change.Previous?.Score} to {player.Score} at {player.UpdatedAt}."),
            _ => ($"Player {player.Name} removed",
                  $"Player {player.Name} ({player.PlayerId}) with score {player.Score} was removed."),
        };
        return new Notification(
            topicArn,
            AsciiSubject(subject),
            body + "\n\nChange " + change.EventId + ".",
            new Dictionary<string, string>
            {
                ["eventType"] = change.Operation,
                ["playerId"] = player.PlayerId,
            });
    }

    private static string AsciiSubject(string subject)
    {
        var ascii = new StringBuilder(subject.Length);
        foreach (var c in subject)
        {
            ascii.Append(c is >= ' ' and <= '~' ? c : '?');
        }
        return ascii.Length <= MaxSubjectLength ? ascii.ToString() : ascii.ToString(0, MaxSubjectLength);
    }

    public static string Op(string operation) => operation.ToLower(CultureInfo.InvariantCulture);
}
