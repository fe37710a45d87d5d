using System.Text;

namespace Arena.Infra.Hosting;

/// <summary>
/// CloudFormation stack names allow only letters, digits and hyphens and must start with a letter;
/// project names may also contain dots and underscores.
/// </summary>
public static class StackNaming
{
    private const int MaxLength = 128;

    public static string FromProjectName(string projectName)
    {
        var name = new StringBuilder(projectName.Length);
        foreach (var c in projectName)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(c);
            }
            else if (name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var sanitized = name.ToString().TrimEnd('-');
        if (sanitized.Length == 0 || !char.IsAsciiLetter(sanitized[0]))
        {
            sanitized = "App-" + sanitized;
        }

        return sanitized.Length <= MaxLength ? sanitized : sanitized[..MaxLength].TrimEnd('-');
    }
}
