using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction.Relations;

// "Kenya called the attack an act of aggression", "This is a war crime": a label given to an act the article has already
// reported accuses whoever an earlier claim said did it.
internal static partial class RelationFinder
{
    // Acts a label may be given to besides the strikes and attacks of StrikeNouns.
    private static readonly WordSet OtherLabelledActs = ["incursion", "incursions", "operation", "killings", "massacre"];

    private static readonly WordSet Pointers = ["the", "this", "these", "that", "those"];

    // Whether the label at <paramref name="label"/> is given to an act the words right before it point at: "called the
    // attack an act of aggression", "condemned the raid as a war crime", "the strikes were a flagrant violation", or a
    // statement that opens "This is …".
    private static bool LabelsAnAct(ArticleContext context, ClaimDraft claim, int label)
    {
        if ((context.IsWord(claim.FirstToken, "this") || context.IsWord(claim.FirstToken, "it")) && context.IsAnyWord(claim.FirstToken + 1, BeForms))
            return LabelNear(context, claim.FirstToken + 2, label);
        for (var i = label - 1; i > claim.FirstToken && i >= label - LabelReach - 1; i--)
        {
            if (!context.IsAnyWord(i, StrikeNouns) && !context.IsAnyWord(i, OtherLabelledActs))
                continue;
            var before = i - 1;
            // "Monday's strikes": a day's possessive points as "the" does.
            if (before > 0 && context.IsWord(before, "s") && context.Tokens[before - 1].Is('\''))
                before -= 2;
            return (context.IsAnyWord(before, Pointers) || context.IsAnyWord(before, Words.Weekdays)) && LabelNear(context, i + 1, label);
        }
        return false;
    }

    private const int LabelReach = 4;

    // Only "as", be-forms, articles, quotation marks and lower-case grading words between an act and its label.
    private static bool LabelNear(ArticleContext context, int from, int label)
    {
        if (label - from > LabelReach)
            return false;
        for (var i = from; i < label; i++)
        {
            if (context.Tokens[i].Is('"') || context.IsWord(i, "as") || context.IsAnyWord(i, BeForms))
                continue;
            if (context.Tokens[i] is not { Kind: TokenKind.Word, Case: TokenCase.Lower } || context.MentionAt(i) is not null
                || Words.Prepositions.Contains(context.Tokens[i], context.Gazetteer.Words))
                return false;
        }
        return true;
    }

    /// <summary>
    /// The attacker in the latest attack an earlier claim asserted on <paramref name="accuser"/>'s side: the one who labels
    /// an act as aggression or a crime is the one it hit.
    /// </summary>
    private static EntityDraft? LastAttacker(ArticleContext context, ClaimDraft claim, EntityDraft? accuser)
    {
        if (accuser is null)
            return null;
        var side = accuser.Organisation ?? accuser;
        EntityDraft? latest = null;
        var at = -1;
        foreach (var (token, attacker, target) in context.AssertedAttacks)
        {
            var onSide = target == accuser || target == side || OwnState(accuser, target) || OwnState(side, target)
                         || target.CountryIso is { } iso && iso == (side.IsoCode ?? side.CountryIso);
            if (onSide && token < claim.FirstToken && token > at && attacker != accuser && attacker != side && !OwnState(side, attacker))
                (latest, at) = (attacker, token);
        }
        return latest;
    }

    // "the strikes by X were a violation of Iraqi sovereignty": the violator is named before the charge (what follows
    // "of" is what was violated), and not as the victim of a passive ("to which Iran had been subjected").
    private static EntityDraft? ViolatorBefore(ArticleContext context, ClaimDraft claim, int label, EntityDraft? accuser)
    {
        var from = claim.FirstToken;
        while (FirstActorBetween(context, from, label, accuser) is { } actor)
        {
            // The mention found: the first at or after "from" that names the actor.
            var end = from;
            while (context.MentionAt(end)?.Entity != actor)
                end++;
            end = context.MentionAt(end)!.EndToken;
            var victim = false;
            for (var i = end; i < end + 4 && i < label; i++)
                victim |= context.Tokens[i].IsWordLike && InPassiveVoice(context, i);
            if (!victim)
                return actor;
            from = end;
        }
        return null;
    }
}
