using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// Support read from what is handed over: "sent drones and missiles to X", "provided weapons, cash and training to X".
internal static partial class RelationFinder
{
    private const int MaxGoodsLength = 10;

    private static readonly WordSet SupplyVerbs =
    [
        "sent", "sends", "sending", "supplied", "supplies", "supplying", "provided", "provides", "providing", "delivered",
        "delivers", "delivering", "shipped", "transferred", "transfers", "gave", "gives", "giving", "smuggled", "smuggles",
        "handed", "sold", "sells", "selling", "given", "smuggling", "shipping", "flying", "flew", "flown", "transferring",
    ];

    // Goods whose handing over is military or financial help; humanitarian aid is not support for a side.
    private static readonly WordSet Goods =
    [
        "weapons", "arms", "ammunition", "munitions", "drones", "missiles", "rockets", "shells", "artillery", "rifles", "guns",
        "explosives", "mortars", "tanks", "jets", "warplanes", "equipment", "training", "funds", "money", "cash", "funding",
        "intelligence", "advisers", "advisors", "instructors", "mercenaries", "weaponry", "hardware", "haven", "sanctuary", "refuge",
    ];

    private static readonly WordSet ReceiptVerbs =
    [
        "received", "receives", "receiving", "obtained", "obtains", "acquired", "acquires",
    ];

    // "had received Turkish drones": a state's demonym right before the goods received (after an article or a number)
    // names the giver.
    private static List<EntityDraft> GiverOfGoodsNamed(ArticleContext context, int from, int end)
    {
        var i = from;
        while (i < end && i < from + 2 && (context.IsAnyWord(i, Words.Determiners) || context.Tokens[i].Kind == TokenKind.Number))
            i++;
        return context.MentionAt(i) is { Form: MentionForm.Demonym, Entity: { Kind: EntityKind.Country } giver } m && m.FirstToken == i
               && context.IsAnyWord(m.EndToken, Goods) ? [giver] : [];
    }

    /// <summary>
    /// "Iran has sent drones and missiles to Russia", "the junta said it had received drones from Turkey": a verb of
    /// handing over (or receiving), weapons, money or training among the words after it, then "to" (or "from") and an
    /// actor: the giver supports the receiver.
    /// </summary>
    private static void Supplies(ArticleContext context, ClaimDraft claim)
    {
        if (!(Holds(context, claim, SupplyVerbs) || Holds(context, claim, ReceiptVerbs)))
            return;
        for (var k = claim.FirstToken; k < claim.EndToken; k++)
        {
            var receiving = context.IsAnyWord(k, ReceiptVerbs);
            if (!receiving && !context.IsAnyWord(k, SupplyVerbs) || context.MentionAt(k) is not null || InCondition(context, claim.FirstToken, k))
                continue;
            var closer = GoodsEnd(context, k + 1, claim.EndToken, receiving ? "from" : "to");
            // "provided the rebels with weapons", "gave the militia drones": the receiver first, the goods after it.
            var others = closer >= 0 ? Objects(context, closer + 1, claim.EndToken, RelationType.Supports, actorsOnly: true)
                : receiving ? GiverOfGoodsNamed(context, k + 1, claim.EndToken) : ReceiverBeforeGoods(context, k + 1, claim.EndToken);
            if (others.Count == 0)
                continue;
            var doer = Subject(context, claim, k, RelationType.Supports, others) ?? (receiving ? null : RelativeAntecedent(context, claim, k, afterBe: false));
            if (doer is null)
                continue;
            var denied = DeniedAt(context, claim, k);
            foreach (var other in others)
                AddRelation(claim, receiving ? other : doer, RelationType.Supports, receiving ? doer : other, denied);
        }
    }

    private static readonly WordSet GoodsWith = ["support", "assistance", "surveillance", "backing", "help"];

    // "provided X with weapons and training", "sent X drones": the actor right after the verb when the goods follow it.
    private static List<EntityDraft> ReceiverBeforeGoods(ArticleContext context, int from, int end)
    {
        var i = from;
        while (i < end && context.MentionAt(i) is null && context.IsAnyWord(i, Words.Determiners))
            i++;
        if (context.MentionAt(i) is not { Entity: { IsActor: true } receiver } m || m.Form is MentionForm.Unnamed or MentionForm.Demonym)
            return [];
        var with = context.IsWord(m.EndToken, "with");
        for (var j = with ? m.EndToken + 1 : m.EndToken; j < end && j < m.EndToken + (with ? MaxGoodsLength : 3); j++)
        {
            var t = context.Tokens[j];
            if (context.MentionAt(j) is not null || !(t.Kind == TokenKind.Number || t.Is(',') || t.Is('-') || t.IsWordLike && t.Case == TokenCase.Lower))
                return [];
            if (t.IsWordLike && (Goods.Contains(t, context.Gazetteer.Words) || with && GoodsWith.Contains(t, context.Gazetteer.Words)))
                return [receiver];
        }
        return [];
    }

    // The word ("to", "from") closing a list of goods after a verb of handing over or receiving, or -1.
    private static int GoodsEnd(ArticleContext context, int from, int end, string closer)
    {
        var goods = false;
        for (var i = from; i < end && i < from + MaxGoodsLength; i++)
        {
            var t = context.Tokens[i];
            if (t.IsWordLike && t.Key == closer)
                return goods ? i : -1;
            if (context.MentionAt(i) is not null || !(t.Kind == TokenKind.Number || t.Is(',') || t.Is('-') || t.IsWordLike && t.Case == TokenCase.Lower))
                return -1;
            if (t.IsWordLike && Goods.Contains(t, context.Gazetteer.Words))
                goods = true;
        }
        return -1;
    }

    private static readonly WordSet TakingVerbs =
    [
        "seized", "seizing", "captured", "capturing", "looted", "looting", "took", "taken", "taking", "stole", "stolen",
        "confiscated", "recovered", "grabbed", "plundered", "snatched",
    ];

    // "seized heavy weapons from", "captured arms and ammunition from": a verb of taking a few lower-case words before
    // the goods.
    private static bool TakenBefore(ArticleContext context, ClaimDraft claim, int goods)
    {
        for (var i = goods - 1; i >= claim.FirstToken && i >= goods - 4; i--)
        {
            if (context.IsAnyWord(i, TakingVerbs))
                return true;
            if (context.Tokens[i] is not { Kind: TokenKind.Word, Case: TokenCase.Lower } && !context.Tokens[i].Is(','))
                return false;
        }
        return false;
    }

    private static readonly WordSet HelpNouns = ["support", "backing", "help", "assistance"];

    /// <summary>
    /// "attacked ships with Iranian support", "with Rwanda's backing", "with the help of Uganda, Kenya attacked": the
    /// helper named with the noun of help supports the doer, who follows the phrase when it opens the clause.
    /// </summary>
    private static void SupportWith(ArticleContext context, ClaimDraft claim)
    {
        for (var k = claim.FirstToken; k + 2 < claim.EndToken; k++)
        {
            if (!context.IsWord(k, "with") || HelperAfterWith(context, k, claim.EndToken) is not { } helping || InCondition(context, claim.FirstToken, k))
                continue;
            var (helper, phraseEnd) = helping;
            var doerAfter = phraseEnd + 1 < claim.EndToken && context.Tokens[phraseEnd].Is(',')
                            && context.MentionAt(phraseEnd + 1) is { Entity: { IsActor: true } after, Form: MentionForm.Name } && after != helper
                ? after
                : null;
            var helped = Subject(context, claim, k, RelationType.Supports, [helper]) ?? doerAfter ?? SpeakerSide(claim);
            // "Kenya attacked the LRA with Uganda's help": the help is the doer's, not the one its act fell on.
            helped = DoerOnto(claim, helped, helper) ?? helped;
            if (helped is not null && helped != helper)
                AddRelation(claim, helper, RelationType.Supports, helped, DeniedAt(context, claim, k));
        }
    }

    // The one the claim already has acting on <paramref name="target"/>, other than <paramref name="except"/>; a loop, not
    // a lambda, whose closure every token of every claim would allocate.
    private static EntityDraft? DoerOnto(ClaimDraft claim, EntityDraft? target, EntityDraft except)
    {
        foreach (var (from, _, to) in claim.Relations)
        {
            if (to == target && from != except)
                return from;
        }
        return null;
    }

    // The helper and the end of the phrase after "with" at <paramref name="with"/>: "Iranian support", "Rwanda's
    // backing", "the help of Uganda".
    private static (EntityDraft Helper, int End)? HelperAfterWith(ArticleContext context, int with, int end)
    {
        if (context.MentionAt(with + 1) is { Entity: { IsActor: true } helper } m && m.FirstToken == with + 1)
        {
            var noun = m.EndToken;
            if (context.Tokens[noun].Is('\'') && context.IsWord(noun + 1, "s"))
                noun += 2;
            return context.IsAnyWord(noun, HelpNouns) ? (helper, noun + 1) : null;
        }
        if (context.IsWord(with + 1, "the") && context.IsAnyWord(with + 2, HelpNouns) && context.IsWord(with + 3, "of") && with + 4 < end
            && context.MentionAt(with + 4) is { Entity: { IsActor: true } named } n && n.FirstToken == with + 4)
            return (named, n.EndToken);
        return null;
    }
}
