# Sourced by the benchmarks: packs LiveScore.Lambda and LiveScore.LocalCloud from this checkout into a temporary
# folder feed that the samples restore from, so a benchmark measures the code in this checkout.
packages_feed=$(mktemp -d)
for project in content/LiveScore.Lambda content/LiveScore.LocalCloud; do
  dotnet pack "$root/$project" -c Release -o "$packages_feed" -v q >/dev/null
done
# Every pack of a checkout has the same version: drop what an earlier restore cached under that version.
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props")
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/livescore.lambda/"$version" "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/livescore.localcloud/"$version"
export RestoreAdditionalProjectSources="$packages_feed"
