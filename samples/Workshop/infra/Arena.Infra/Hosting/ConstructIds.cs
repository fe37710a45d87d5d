using System.Text;

namespace Arena.Infra.Hosting;

/// <summary>Turns catalog names (kebab-case handler ids, table names) into PascalCase construct ids.</summary>
public static class ConstructIds
{
    public static string From(string catalogName)
    {
        var id = new StringBuilder(catalogName.Length);
        var upperNext = true;
        foreach (var c in catalogName)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            id.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return id.ToString();
    }
}
