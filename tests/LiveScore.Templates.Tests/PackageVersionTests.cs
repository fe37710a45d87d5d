using System.Xml.Linq;
using LiveScore.Templates.Tests.Infrastructure;

namespace LiveScore.Templates.Tests;

/// <summary>Generated solutions reference the packages released with the template, at the template's version.</summary>
public class PackageVersionTests
{
    [Fact]
    public void The_template_references_both_packages_at_the_version_they_are_packed_with()
    {
        var props = XDocument.Load(Path.Combine(RepositoryPaths.TemplateSource, "Directory.Packages.props"));

        var ours = props.Descendants("PackageVersion")
            .Where(p => p.Attribute("Include")!.Value.StartsWith("LiveScore.", StringComparison.Ordinal))
            .ToDictionary(p => p.Attribute("Include")!.Value, p => p.Attribute("Version")!.Value);

        Assert.Equal(["LiveScore.Lambda", "LiveScore.LocalCloud"], ours.Keys.Order());
        Assert.All(ours.Values, version => Assert.Equal("$(LiveScorePackagesVersion)", version));
        Assert.Equal(LocalFeed.ReleaseVersion, props.Descendants("LiveScorePackagesVersion").Single().Value);
    }
}
