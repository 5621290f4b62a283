using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A lone word after "on" before an official's apposition is where something was posted ("In a post on X, Kenyan
/// President William Ruto said …"), not a person.
/// </summary>
public sealed class PostedOnTests
{
    [Fact]
    public void ThePlatformIsNoOfficial()
    {
        var officials = Extractors.Json("Border news\n\nIn a post on X, Kenyan President William Ruto said the attackers would be hunted down.")
            .GetProperty("officials").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ToList();

        Assert.Equal(["William Ruto"], officials);
    }
}
