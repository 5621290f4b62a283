namespace GeoGraph.Dashboard.Tests.Support;

/// <summary>
/// The same service with introspection switched off: the page cannot see the newer fields and uses the
/// base schema's queries, as it would against an older server.
/// </summary>
public sealed class NoIntrospectionFixture : DashboardFixture
{
    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["GraphQL:EnableIntrospection"] = "false";
        return settings;
    }
}
