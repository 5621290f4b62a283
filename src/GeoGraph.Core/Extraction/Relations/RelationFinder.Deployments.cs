using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// "deployed 400 troops to Jubaland", "has sent about 2,000 more soldiers into Kursk region": a force sent somewhere puts
// the sender there, whatever counts and adjectives stand between the verb and the force.
internal static partial class RelationFinder
{
    private static readonly WordSet DeployVerbs =
    [
        "deployed", "deploys", "deploying", "deploy", "sent", "sends", "sending", "dispatched", "dispatches", "stationed", "moved",
    ];

    private static readonly WordSet DeployedForces =
    [
        "troops", "soldiers", "forces", "personnel", "peacekeepers", "fighters", "units", "warships", "jets", "marines",
        "paratroopers", "commandos", "reinforcements", "battalions", "brigades", "contingent", "battalion", "brigade",
    ];

    private static readonly WordSet Approximately = ["about", "around", "nearly", "almost", "over", "roughly", "approximately", "some"];

    private static readonly WordSet Destinations = ["to", "in", "into", "across", "inside"];

    /// <summary>"X deployed 400 troops to Y": X is present in Y; "X sent reinforcements into Y" too.</summary>
    public static void Deployments(ArticleContext context, ClaimDraft claim)
    {
        if (!Holds(context, claim, DeployVerbs))
            return;
        for (var k = claim.FirstToken; k + 3 < claim.EndToken; k++)
        {
            if (!context.IsAnyWord(k, DeployVerbs) || context.MentionAt(k) is not null)
                continue;
            var force = k + 1;
            // Counts, determiners and adjectives: "about 2,000 more", "an additional", "elite".
            while (force < claim.EndToken && force < k + 8 && context.MentionAt(force) is null && !context.IsAnyWord(force, DeployedForces)
                   && (context.Tokens[force].Kind == TokenKind.Number || context.Tokens[force].Is(',') && force + 1 < claim.EndToken && context.Tokens[force + 1].Kind == TokenKind.Number
                       || context.IsAnyWord(force, Approximately)
                       || context.Tokens[force] is { Kind: TokenKind.Word, Case: TokenCase.Lower } w && !Words.Prepositions.Contains(w, context.Gazetteer.Words)
                       && w.Key is not ("and" or "or")))
                force++;
            if (!context.IsAnyWord(force, DeployedForces) || !context.IsAnyWord(force + 1, Destinations))
                continue;
            var at = force + 2;
            // "in eastern Congo", "to the north-western region of": determiners and a compass point before the place.
            while (at < claim.EndToken && context.MentionAt(at) is null
                   && (context.IsAnyWord(at, Words.Determiners) || context.Tokens[at] is { Kind: TokenKind.Word, Case: TokenCase.Lower } w && w.Key.EndsWith("ern", StringComparison.Ordinal)))
                at++;
            // "to Somalia's Jubaland region": the province named after its country's possessive.
            if (context.MentionAt(at) is { Entity.Kind: EntityKind.Country } owner && owner.FirstToken == at && context.Tokens[owner.EndToken].Is('\'')
                && context.IsWord(owner.EndToken + 1, "s") && context.MentionAt(owner.EndToken + 2) is { Entity.Kind: EntityKind.Province })
                at = owner.EndToken + 2;
            if (context.MentionAt(at) is not { Entity: { IsPlace: true } place } || Subject(context, claim, k, RelationType.PresentIn, [place]) is not { } sender
                || sender == place)
                continue;
            var denied = DeniedAt(context, claim, k);
            AddRelation(claim, sender, RelationType.PresentIn, place, denied);
            // "to A, B and C", "to A and to the neighbouring B": the places listed with the first are read as any object list is.
            foreach (var further in Objects(context, at, claim.EndToken, RelationType.PresentIn, actorsOnly: false))
                AddRelation(claim, sender, RelationType.PresentIn, further, denied);
        }
    }
}
