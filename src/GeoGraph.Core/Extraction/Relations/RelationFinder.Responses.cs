using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// "the army would respond to any attack by the LRA", "vowed to answer every American and British strike": a response
// promised to what an actor does threatens that actor.
internal static partial class RelationFinder
{
    private static readonly WordSet ResponseVerbs = ["respond", "retaliate", "answer", "avenge", "repay"];

    private static readonly WordSet PromisedBy = ["will", "would", "to", "shall"];

    private static readonly WordSet ProvokingActs =
    [
        "attack", "attacks", "strike", "strikes", "aggression", "provocation", "provocations", "incursion", "incursions",
        "assault", "assaults", "violation", "violations", "raid", "raids", "shelling", "killing", "killings", "murder",
        "assassination",
    ];

    /// <summary>"X will respond to any attack by Y", "vowed to answer every Y strike on our country": X threatens Y.</summary>
    public static void ResponsesPromised(ArticleContext context, ClaimDraft claim)
    {
        if (!Holds(context, claim, ResponseVerbs))
            return;
        for (var k = claim.FirstToken + 1; k + 2 < claim.EndToken; k++)
        {
            if (!context.IsAnyWord(k, ResponseVerbs) || !PromisedAt(context, k) || InCondition(context, claim.FirstToken, k))
                continue;
            var act = k + 1;
            while (act < claim.EndToken && act < k + 8 && !context.IsAnyWord(act, ProvokingActs) && !context.Tokens[act].Is('.') && !context.Tokens[act].Is(';'))
                act++;
            if (!context.IsAnyWord(act, ProvokingActs))
                continue;
            var threatened = ActorsOfAct(context, k + 1, act, claim.EndToken);
            var side = Subject(context, claim, k, RelationType.Threatens, threatened) ?? ThreatSide(claim);
            if (side is null)
                continue;
            foreach (var actor in threatened)
            {
                if (actor != side && !OwnState(side, actor))
                    AddRelation(claim, side, RelationType.Threatens, actor, DeniedAt(context, claim, k));
            }
        }
    }

    // "would respond", "vowed to retaliate", "will firmly answer": a response still to come.
    private static bool PromisedAt(ArticleContext context, int verb)
    {
        var i = verb - 1;
        while (i > 0 && context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower } adverb && adverb.Key.EndsWith("ly", StringComparison.Ordinal))
            i--;
        // "has the right and duty to respond": a right claimed is no response promised.
        return context.IsAnyWord(i, PromisedBy) && !(context.IsWord(i, "to") && context.IsAnyWord(i - 1, Entitlements));
    }

    private static readonly WordSet Entitlements = ["right", "duty", "obligation", "entitled", "able"];

    // The actors an act belongs to: demonyms and names before the noun ("every American and British strike") and the
    // doer after "by" or "from" ("any attack by the LRA").
    private static List<EntityDraft> ActorsOfAct(ArticleContext context, int from, int act, int end)
    {
        var actors = new List<EntityDraft>();
        for (var i = from; i < act; i++)
        {
            if (context.MentionAt(i) is { Entity: { IsActor: true, Kind: not EntityKind.Official } e } m)
            {
                if (!actors.Contains(e))
                    actors.Add(e);
                i = m.EndToken - 1;
            }
        }
        // "avenge the killing of its commander by the LRA": the doer after the victims named with "of".
        var by = act + 1;
        if (context.IsWord(by, "of"))
        {
            while (by < end && by < act + 8 && !context.IsWord(by, "by") && !context.Tokens[by].Is(',') && !context.Tokens[by].Is('.'))
                by++;
        }
        if (by < end && (context.IsWord(by, "by") || context.IsWord(by, "from")))
        {
            foreach (var doer in Objects(context, by + 1, end, RelationType.Threatens, actorsOnly: true))
            {
                if (!actors.Contains(doer))
                    actors.Add(doer);
            }
        }
        return actors;
    }
}
