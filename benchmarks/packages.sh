# Sourced by the benchmarks: packs LiveScore.Lambda and LiveScore.LocalCloud from this checkout into a temporary
# folder feed, at a version of their own, which the samples then restore: a benchmark measures the code in this
# checkout, and NuGet's package cache cannot serve an older build under the same version.
packages_feed=$(mktemp -d)
export LiveScorePackagesVersion="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props")-bench.$(date +%Y%m%d%H%M%S).$$"
for project in content/LiveScore.Lambda content/LiveScore.LocalCloud; do
  dotnet pack "$root/$project" -c Release -o "$packages_feed" -v q -p:Version="$LiveScorePackagesVersion" >/dev/null
done
export RestoreAdditionalProjectSources="$packages_feed"

# The benchmark's trap calls this: the feed, and this version's copies in NuGet's global packages folder.
packages_clean() {
  local cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
  rm -rf "$packages_feed" "$cache/livescore.lambda/$LiveScorePackagesVersion" "$cache/livescore.localcloud/$LiveScorePackagesVersion"
}
