using GeoGraph.Api.GraphQL.Arguments;
using GeoGraph.Api.GraphQL.Types;
using GeoGraph.Api.Subscriptions;
using GeoGraph.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL;

/// <summary>What a client can follow as it happens (GraphQL over WebSocket, graphql-transport-ws).</summary>
public sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType()
    {
        Name = "Subscription";

        Field<NonNullGraphType<ArticleGraphType>>("articleImported")
            .Description("Each article newly stored by an import (duplicates are not announced).")
            .ResolveStream(c => c.Service<GraphEvents>().ArticleImported);

        Field<NonNullGraphType<ClaimGraphType>>("claimAdded")
            .Description("Each newly stored claim that matches the filter.")
            .Argument<ClaimFilterGraphType>("filter")
            .ResolveStream(c =>
            {
                var filter = c.GetArgument<ClaimFilter?>("filter");
                return new FilteredFeed<ClaimAddedEvent, Claim>(c.Service<GraphEvents>().ClaimAdded, e => ClaimEventFilter.Matches(filter, e), e => e.Claim);
            });
    }
}
