using System.ComponentModel.DataAnnotations;

namespace GeoGraph.Storage.Neo4j.Tests.Configuration;

public sealed class Neo4jOptionsTests
{
    private static Neo4jOptions Valid() => new() { Uri = "bolt://localhost:7687", User = "neo4j", Password = "secret-password" };

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("bolt+s://db.example.org")]
    [InlineData("bolt+ssc://db.example.org:7688")]
    [InlineData("neo4j://cluster.example.org")]
    [InlineData("neo4j+s://cluster.example.org")]
    [InlineData("neo4j+ssc://cluster.example.org/")]
    public void EveryBoltSchemeIsAccepted(string uri)
    {
        var options = Valid();
        options.Uri = uri;

        Assert.True(new Neo4jOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("http://localhost:7474")]
    [InlineData("localhost:7687")]
    [InlineData("")]
    [InlineData("bolt://localhost:7687/neo4j")]
    public void AUriNoDriverCanUseIsRefused(string uri)
    {
        var options = Valid();
        options.Uri = uri;

        var result = new Neo4jOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Neo4j:Uri", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AUserWithoutAPasswordIsRefusedWithWhereToSetIt()
    {
        var options = Valid();
        options.Password = null;

        var result = new Neo4jOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Neo4j__Password", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void NoUserMeansNoAuthenticationAndNeedsNoPassword()
    {
        var options = new Neo4jOptions { Uri = "bolt://localhost:7687" };

        Assert.True(new Neo4jOptionsValidator().Validate(null, options).Succeeded);
        Assert.Null(options.ToDriverOptions().User);
    }

    [Theory]
    [InlineData("ConnectionTimeout")]
    [InlineData("ConnectionAcquisitionTimeout")]
    [InlineData("MaxTransactionRetryTime")]
    [InlineData("IndexWaitTimeout")]
    [InlineData("TransactionTimeout")]
    public void ATimeoutMustBePositive(string setting)
    {
        var options = Valid();
        typeof(Neo4jOptions).GetProperty(setting)!.SetValue(options, TimeSpan.Zero);

        var result = new Neo4jOptionsValidator().Validate(null, options);

        Assert.Contains($"Neo4j:{setting}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void APoolSizeOutOfRangeFailsItsAnnotation(int size)
    {
        var options = Valid();
        options.MaxConnectionPoolSize = size;

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }

    [Fact]
    public void TheDriverGetsTheConfiguredServerCredentialsAndLimits()
    {
        var options = Valid();
        options.Database = "graph";
        options.MaxConnectionPoolSize = 7;
        options.MaxTransactionRetryTime = TimeSpan.FromSeconds(5);

        var driver = options.ToDriverOptions();

        Assert.Equal((new Uri("bolt://localhost:7687"), "neo4j", "secret-password", "graph", 7, TimeSpan.FromSeconds(5)),
            (driver.Uri, driver.User, driver.Password, driver.Database, driver.MaxPoolSize, driver.MaxTransactionRetryTime));
    }
}
