using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// "JNIM, al-Qaeda's affiliate in the Sahel, …", "the Houthis, an Iran-backed group, …": an apposition that
// describes one actor by another relates the two.
internal static partial class RelationFinder
{
    private static readonly Dictionary<string, (RelationType Type, bool Reversed)> DescribedBy = new(StringComparer.Ordinal)
    {
        ["affiliate"] = (RelationType.PartOf, false),
        ["branch"] = (RelationType.PartOf, false),
        ["wing"] = (RelationType.PartOf, false),
        ["offshoot"] = (RelationType.PartOf, false),
        ["faction"] = (RelationType.PartOf, false),
        ["franchise"] = (RelationType.PartOf, false),
        ["ally"] = (RelationType.AlliedWith, false),
        ["partner"] = (RelationType.AlliedWith, false),
        ["proxy"] = (RelationType.Supports, true),
        ["proxies"] = (RelationType.Supports, true),
        ["backer"] = (RelationType.Supports, false),
        ["sponsor"] = (RelationType.Supports, false),
        ["patron"] = (RelationType.Supports, false),
        ["benefactor"] = (RelationType.Supports, false),
        ["allies"] = (RelationType.AlliedWith, false),
        ["partners"] = (RelationType.AlliedWith, false),
    };

    private static readonly Dictionary<string, (RelationType Type, bool Reversed)> Linked = new(StringComparer.Ordinal)
    {
        ["backed"] = (RelationType.Supports, true),
        ["funded"] = (RelationType.Supports, true),
        ["sponsored"] = (RelationType.Supports, true),
        ["supported"] = (RelationType.Supports, true),
        ["armed"] = (RelationType.Supports, true),
        ["linked"] = (RelationType.InContactWith, false),
        ["allied"] = (RelationType.AlliedWith, false),
        ["aligned"] = (RelationType.AlliedWith, false),
    };

    /// <summary>
    /// "X, Y's affiliate", "X, a Y affiliate" (X PART_OF Y), "X, Y's ally" (ALLIED_WITH), "X, a Y proxy" and
    /// "X, a Y-backed group" (Y SUPPORTS X), "X, a Y-linked group" (IN_CONTACT_WITH).
    /// </summary>
    public static void Appositions(ArticleContext context, ClaimDraft claim)
    {
        for (var i = claim.FirstToken; i < claim.EndToken; i++)
        {
            if (context.MentionAt(i) is not { Entity: { IsActor: true } described } m || m.FirstToken != i)
                continue;
            i = m.EndToken - 1;
            DescribingApposition(context, claim, m, described);
            // "Kataib Hezbollah (KH), a militia …": the acronym in brackets belongs to the name.
            var after = m.EndToken;
            if (after + 2 < claim.EndToken && context.Tokens[after].Is('(') && context.Tokens[after + 2].Is(')'))
                after += 3;
            // "X is a Y-backed group", "X remains Y's closest ally": a copula describes as an apposition does.
            var copula = context.IsAnyWord(after, Copulas) && !Negation.IsNegation(context, after + 1);
            if (m.Form is MentionForm.Unnamed or MentionForm.Demonym || described.Kind == EntityKind.Official
                || after + 2 >= claim.EndToken || !context.Tokens[after].Is(',') && !copula)
                continue;
            var j = after + 1;
            // "the Islamic State" may be named with its article.
            if ((context.IsWord(j, "a") || context.IsWord(j, "an") || context.IsWord(j, "the")) && context.MentionAt(j) is null)
                j++;
            if (!copula)
            {
                DescribedByPassive(context, claim, described, j);
                IncludedMembers(context, claim, described, j);
                DescribedOfAnother(context, claim, described, j);
            }
            if (context.MentionAt(j) is not { Entity: { IsActor: true } other } o || o.FirstToken != j || other == described
                || o.Form == MentionForm.Unnamed || other.Kind == EntityKind.Official)
                continue;
            if (Description(context, o.EndToken, claim.EndToken) is not var (type, reversed))
                continue;
            // "the ADF, the Congolese branch of the Islamic State": a demonym before a unit's noun places the unit; its
            // owner is named after "of".
            if (type == RelationType.PartOf && o.Form == MentionForm.Demonym)
                continue;
            if (reversed)
                AddRelation(claim, other, type, described, denied: false);
            else
                AddRelation(claim, described, type, other, denied: false);
        }
    }

    // "a unit of JNIM", "part of the coalition": nouns of belonging that the description says with "of" only.
    private static readonly WordSet BelongingNouns = ["unit", "member", "part", "arm", "cell"];

    /// <summary>
    /// "the Katiba Macina, a unit of JNIM", "X, part of the JNIM coalition", "X, an ally of Y": the apposition says with
    /// "of" what "Y's affiliate" says with the possessive, wherever the described actor stands (after "by" too).
    /// </summary>
    private static void DescribedOfAnother(ArticleContext context, ClaimDraft claim, EntityDraft described, int j)
    {
        var k = j;
        for (var words = 0; k < claim.EndToken && words < 3 && context.Tokens[k] is { Kind: TokenKind.Word, Case: TokenCase.Lower } t
             && context.MentionAt(k) is null && !DescribedBy.ContainsKey(t.Key) && !BelongingNouns.Contains(t, context.Gazetteer.Words); words++)
            k++;
        if (k + 2 >= claim.EndToken || !context.IsWord(k + 1, "of"))
            return;
        (RelationType Type, bool Reversed) reading;
        if (DescribedBy.TryGetValue(context.Tokens[k].Key, out var described2))
            reading = described2;
        else if (context.IsAnyWord(k, BelongingNouns))
            reading = (RelationType.PartOf, false);
        else
            return;
        var o = k + 2;
        if (context.IsWord(o, "the") && context.MentionAt(o) is null)
            o++;
        // "part of the al-Qaeda-linked JNIM coalition": a hyphened description may stand before the name.
        if (context.MentionAt(o) is { Entity: { IsActor: true } } && context.Tokens[context.MentionAt(o)!.EndToken].Is('-'))
            o = HyphenedDescriptionEnd(context, context.MentionAt(o)!.EndToken, claim.EndToken);
        if (o < 0 || context.MentionAt(o) is not { Entity: { IsActor: true } other } m || m.FirstToken != o || m.Form != MentionForm.Name
            || other == described || other.Kind == EntityKind.Official)
            return;
        if (reading.Reversed)
            AddRelation(claim, other, reading.Type, described, denied: false);
        else
            AddRelation(claim, described, reading.Type, other, denied: false);
    }

    // "al-Qaeda-linked JNIM": the first token after the hyphened word, when a name follows it; else -1.
    private static int HyphenedDescriptionEnd(ArticleContext context, int hyphen, int end) =>
        hyphen + 2 < end && context.Tokens[hyphen + 1] is { Kind: TokenKind.Word, Case: TokenCase.Lower } ? hyphen + 2 : -1;

    // "Kataib Hezbollah, a militia backed by Iran's Revolutionary Guard": a common noun with a passive cue describes
    // the actor before the comma as the one acted upon.
    private static void DescribedByPassive(ArticleContext context, ClaimDraft claim, EntityDraft described, int j)
    {
        var k = j;
        while (k < claim.EndToken && k < j + 3 && context.Tokens[k].Kind == Tokens.TokenKind.Word && context.Tokens[k].Case == Tokens.TokenCase.Lower
               && context.MentionAt(k) is null && context.CueAt(k, CueKind.Relation) is null)
            k++;
        // ", supported by African Union troops,": a participle right after the comma also describes the actor.
        if (k == j && !context.Tokens[j].Key.EndsWith("ed", StringComparison.Ordinal) || context.CueAt(k, CueKind.Relation) is not { } match)
            return;
        var cue = match.Values.FirstOrDefault(c => c.Kind == CueKind.Relation && c.Direction == CueDirection.Passive);
        if (cue is null)
            return;
        foreach (var doer in Objects(context, match.End, claim.EndToken, cue.Relation!.Value, actorsOnly: true))
            AddRelation(claim, doer, cue.Relation.Value, described, denied: false);
    }

    private static readonly WordSet Copulas = ["is", "are", "was", "were", "remains", "remain", "became", "becomes"];

    private static readonly WordSet Umbrellas = ["umbrella", "coalition", "alliance", "grouping", "network"];

    // "the Islamic Resistance in Iraq, an umbrella of several groups including Kataib Hezbollah": the members an
    // umbrella is said to include are part of it.
    private static void IncludedMembers(ArticleContext context, ClaimDraft claim, EntityDraft umbrella, int j)
    {
        var end = Math.Min(claim.EndToken, j + 12);
        if (!context.AnyWordIn(j, end, Umbrellas))
            return;
        for (var i = j; i < end; i++)
        {
            if (!context.IsWord(i, "including") && !context.IsWord(i, "includes"))
                continue;
            foreach (var member in Objects(context, i + 1, claim.EndToken, RelationType.PartOf, actorsOnly: true))
                AddRelation(claim, member, RelationType.PartOf, umbrella, denied: false);
            return;
        }
    }

    /// <summary>"the Pakistan-based Lashkar-e-Taiba": the actor a place-based adjective describes is present in the place.</summary>
    public static void Based(ArticleContext context, ClaimDraft claim)
    {
        if (!Holds(context, claim, BasedWord))
            return;
        for (var i = claim.FirstToken; i + 2 < claim.EndToken; i++)
        {
            if (context.MentionAt(i) is not { Entity: { IsPlace: true } place } m || m.FirstToken != i || m.EndToken >= claim.EndToken || !context.Tokens[m.EndToken].Is('-')
                || !context.IsWord(m.EndToken + 1, "based"))
                continue;
            var k = m.EndToken + 2;
            while (k < claim.EndToken && k < m.EndToken + 5 && context.MentionAt(k) is null && context.Tokens[k].Kind == Tokens.TokenKind.Word
                   && context.Tokens[k].Case == Tokens.TokenCase.Lower)
                k++;
            if (context.MentionAt(k) is { Entity: { IsActor: true } actor } a && a.Form == MentionForm.Name && actor.Kind is not (EntityKind.Country or EntityKind.Official))
                AddRelation(claim, actor, RelationType.PresentIn, place, denied: false);
            i = m.EndToken;
        }
    }

    /// <summary>
    /// "al-Qaeda's North African branch, AQIM, …", "Iran's closest ally, Syria, …": the describing actor comes first
    /// and the one described stands in apposition after the noun.
    /// </summary>
    private static void DescribingApposition(ArticleContext context, ClaimDraft claim, Mention describing, EntityDraft describer)
    {
        if (describing.Form != MentionForm.Name || describer.Kind == EntityKind.Official || describing.EndToken + 1 >= claim.EndToken
            || !context.Tokens[describing.EndToken].Is('\'') || !context.IsWord(describing.EndToken + 1, "s"))
            return;
        var k = describing.EndToken + 2;
        // "North Caucasus branch", "main regional ally": up to three words before the noun.
        for (var words = 0; k < claim.EndToken && words < 3 && !DescribedBy.ContainsKey(context.Tokens[k].Key); words++, k++)
        {
            if (context.Tokens[k].Kind != TokenKind.Word || context.MentionAt(k) is { Entity: { IsActor: true } })
                return;
        }
        if (k + 2 >= claim.EndToken || !DescribedBy.TryGetValue(context.Tokens[k].Key, out var described) || !context.Tokens[k + 1].Is(','))
            return;
        var j = k + 2;
        if (context.IsWord(j, "the") && context.MentionAt(j) is null)
            j++;
        if (context.MentionAt(j) is not { Entity: { IsActor: true } other } o || o.FirstToken != j || o.Form != MentionForm.Name
            || other == describer || other.Kind is EntityKind.Official or EntityKind.Country)
            return;
        if (described.Reversed)
            AddRelation(claim, describer, described.Type, other, denied: false);
        else
            AddRelation(claim, other, described.Type, describer, denied: false);
    }

    // What follows the describing actor: "'s affiliate", " affiliate", "-backed group" (a noun must close it).
    private static (RelationType Type, bool Reversed)? Description(ArticleContext context, int k, int end)
    {
        if (k >= end)
            return null;
        if (k + 1 < end && context.Tokens[k].Is('-') && context.Tokens[k + 1].IsWordLike && Linked.TryGetValue(context.Tokens[k + 1].Key, out var linked))
            return k + 2 < end && context.Tokens[k + 2].Kind == Tokens.TokenKind.Word && context.Tokens[k + 2].Case == Tokens.TokenCase.Lower ? linked : null;
        var possessive = context.Tokens[k].Is('\'') && context.IsWord(k + 1, "s");
        if (possessive)
            k += 2;
        // "Iran's main ally", "an al-Qaeda regional affiliate", "the Islamic State's Central Africa branch": up to three
        // words before the noun, place names among them but no actor.
        for (var adjectives = 0; k < end && adjectives <= 3; adjectives++, k++)
        {
            var t = context.Tokens[k];
            if (t.Kind != Tokens.TokenKind.Word || t.Case != Tokens.TokenCase.Lower && (adjectives == 0 && !possessive || context.MentionAt(k) is { Entity: { IsActor: true, IsPlace: false } }))
                return null;
            if (DescribedBy.TryGetValue(t.Key, out var described))
                return described;
        }
        return null;
    }
}
