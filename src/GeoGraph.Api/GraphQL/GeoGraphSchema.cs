using GeoGraph.Api.GraphQL.Types;
using GraphQL;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL;

/// <summary>The GeoGraph schema: queries for analysts, mutations for importers.</summary>
public sealed class GeoGraphSchema : Schema
{
    public GeoGraphSchema(IServiceProvider services) : base(services)
    {
        Description = "GeoGraph: news articles turned into a graph of actors, places and the claims that relate them.";
        Query = services.GetRequiredService<QueryGraphType>();
        Mutation = services.GetRequiredService<MutationGraphType>();
        Subscription = services.GetRequiredService<SubscriptionGraphType>();
        // Implementations of the Entity interface are reachable only through it, so name them here.
        this.RegisterType<OrganisationGraphType>();
        this.RegisterType<GroupGraphType>();
        this.RegisterType<OfficialGraphType>();
        this.RegisterType<CountryGraphType>();
        this.RegisterType<ProvinceGraphType>();
    }
}
