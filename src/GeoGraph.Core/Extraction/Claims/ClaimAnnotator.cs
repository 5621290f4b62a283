using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Relations;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// Completes a claim: hedged (a hedge in the statement or its attribution), negated (a denial in its main
/// clause or a verb of denial), what it is about, where, the relations it asserts (none when negated) and
/// those it denies.
/// </summary>
internal static class ClaimAnnotator
{
    public static void Run(ArticleContext context, ClaimDraft claim)
    {
        claim.Hedged = HasHedge(context, claim.FirstToken, claim.EndToken)
                       || HasHedge(context, claim.Attribution.First, Math.Min(claim.Attribution.End, context.Tokens.Count));
        // "accused India of levelling baseless allegations": words of denial inside an accusation qualify what the
        // accused did; only a negated verb ("did not accuse") negates the accusation.
        claim.Negated = claim.DeniedByVerb || (IsAccusation(context, claim)
            ? Negation.Before(context, claim.Attribution.First, claim.Verb)
            : Negation.InFirstClause(context, claim.FirstToken, claim.EndToken));

        for (var i = claim.FirstToken; i < claim.EndToken; i++)
        {
            if (context.MentionAt(i) is not { Entity: { } e } m)
                continue;
            i = m.EndToken - 1;
            if (m.Form is MentionForm.Unnamed)
                continue;
            var place = e.Kind == EntityKind.Province || e.Kind == EntityKind.Country && IsLocative(context, m.FirstToken);
            var list = place ? claim.Places : claim.About;
            if (!list.Contains(e))
                list.Add(e);
        }
        RelationFinder.FromVerb(context, claim);
        RelationFinder.Run(context, claim);
        RelationFinder.ConditionalThreats(context, claim);
        RelationFinder.Captures(context, claim);
        RelationFinder.Existential(context, claim);
        RelationFinder.DescribedPresence(context, claim);
        RelationFinder.Stationed(context, claim);
        RelationFinder.Deployments(context, claim);
        RelationFinder.Hosting(context, claim);
        RelationFinder.Thanks(context, claim);
        RelationFinder.PassiveThreats(context, claim);
        RelationFinder.ActsInPlace(context, claim);
        RelationFinder.Perpetrators(context, claim);
        RelationFinder.ClaimedAttacks(context, claim);
        RelationFinder.BlameAndThreatShapes(context, claim);
        RelationFinder.ResponsesPromised(context, claim);
        RelationFinder.JointOperations(context, claim);
        RelationFinder.ContinuedCampaign(context, claim);
        RelationFinder.ForcedBack(context, claim);
        RelationFinder.Appositions(context, claim);
        RelationFinder.OwnUnits(context, claim);
        RelationFinder.Based(context, claim);
        if (!claim.Negated)
        {
            foreach (var (attacker, _, target) in claim.Relations.Where(r => r.Type == RelationType.Attacks))
                context.AssertedAttacks.Add((claim.FirstToken, attacker, target));
        }
        // "we will not allow …", "its forces had retaken …": the speaker's own side is part of what the claim is about.
        if (RelationFinder.SpeakerSide(claim) is { IsActor: true } side && SpeaksOfItself(context, claim) && !claim.About.Contains(side))
            claim.About.Add(side);
    }

    private static bool SpeaksOfItself(ArticleContext context, ClaimDraft claim)
    {
        for (var i = claim.FirstToken; i < claim.EndToken; i++)
        {
            if (context.MentionAt(i) is null && context.IsAnyWord(i, FirstPerson))
                return true;
        }
        // In reported speech the speaker's side is the third person that opens the statement: "(said) its forces …".
        var first = claim.FirstToken;
        while (first < claim.EndToken && !context.Tokens[first].IsWordLike)
            first++;
        return claim.Form != ClaimForm.DirectQuote && context.IsAnyWord(first, ThirdPersonOpeners);
    }

    private static readonly WordSet FirstPerson = ["we", "our", "us", "ours", "ourselves"];

    private static readonly WordSet ThirdPersonOpeners = ["it", "its", "they", "their"];

    private static bool IsAccusation(ArticleContext context, ClaimDraft claim) =>
        claim.Verb >= 0 && claim.Verb < claim.FirstToken
        && context.Cues(claim.Verb).Any(c => c.Kind == CueKind.Relation && c.Relation == RelationType.Accuses);

    private static bool HasHedge(ArticleContext context, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (context.HasCue(i, CueKind.Hedge) && !SuspectAsNoun(context, i))
                return true;
        }
        return false;
    }

    // "20 suspects had been detained", "named them as suspects": the noun, unlike the verb of "police suspect that",
    // hedges nothing. A number or a determiner before it, or a verb of its own after it, makes it the noun.
    private static bool SuspectAsNoun(ArticleContext context, int i)
    {
        if (!context.IsWord(i, "suspect") && !context.IsWord(i, "suspects"))
            return false;
        if (i > 0 && context.Tokens[i - 1].Kind == TokenKind.Number || context.IsAnyWord(i - 1, Words.Determiners) || context.IsAnyWord(i - 1, NounMarkers))
            return true;
        if (i + 1 >= context.Tokens.Count)
            return true;
        var next = context.Tokens[i + 1];
        return !next.IsWordLike || context.IsAnyWord(i + 1, NounFollowers)
               || next is { Kind: TokenKind.Word, Case: TokenCase.Lower } && next.Key.EndsWith("ed", StringComparison.Ordinal);
    }

    private static readonly WordSet NounMarkers = ["of", "as", "than", "main", "key", "prime", "chief", "more", "blast", "attack"];

    private static readonly WordSet NounFollowers = ["had", "have", "has", "were", "was", "are", "is", "would", "will", "in", "who", "from", "and"];

    private static bool IsLocative(ArticleContext context, int first)
    {
        var i = first - 1;
        while (i >= 0 && context.Tokens[i].IsWordLike && Words.Determiners.Contains(context.Tokens[i], context.Gazetteer.Words))
            i--;
        return i >= 0 && context.Tokens[i].IsWordLike && Words.Locatives.Contains(context.Tokens[i], context.Gazetteer.Words);
    }
}
