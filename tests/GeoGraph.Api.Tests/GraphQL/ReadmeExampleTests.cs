using System.Text.RegularExpressions;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests.GraphQL;

/// <summary>The queries README.md tells an analyst to paste work as written.</summary>
public sealed partial class ReadmeExampleTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    [Fact]
    public async Task TheReadmeQueryAnswersFromTheSeededData()
    {
        var readme = await File.ReadAllTextAsync(RepositoryFiles.PathOf("README.md"), TestContext.Current.CancellationToken);
        var query = GraphQLBlock().Matches(readme).Select(m => m.Groups[1].Value).First(q => q.TrimStart().StartsWith('{'));

        var data = await fixture.Client.DataAsync(query);

        Assert.True(data.GetProperty("claims").GetProperty("totalCount").GetInt32() > 0);
        Assert.True(data.GetProperty("relations").GetProperty("edges").GetArrayLength() > 0);
        Assert.True(data.GetProperty("entities").GetProperty("edges").GetArrayLength() > 0);
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
