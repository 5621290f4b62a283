using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// Subjects found away from the cue (vows coordinated with the verb of saying, members acting for their actor,
// subordinate clauses, participles, descriptions in relative clauses, acts ascribed after "as"), and the cue readings
// that change who acts: a cue split by a quotation mark, control lost to another, attacks repelled.
internal static partial class RelationFinder
{
    private static readonly WordSet VowVerbs =
    [
        "vowed", "pledged", "threatened", "promised", "swore",
    ];

    private static readonly WordSet MemberNouns =
    [
        "cells", "cell", "fighters", "members", "units", "unit", "gunmen", "militants", "elements", "commandos", "troops", "soldiers",
        "terrorists", "rebels", "insurgents", "militiamen", "cadres", "operatives", "jihadists",
    ];

    private static readonly WordSet Subordinators =
    [
        "since", "after", "when", "before", "until", "because", "once", "while",
    ];

    private static readonly WordSet DescribingVerbs =
    [
        "describe", "describes", "described", "consider", "considers", "considered", "regard", "regards", "regarded",
        "see", "sees", "view", "views", "viewed", "identify", "identifies", "identified",
    ];

    // "to free X", "killed X": the word before the mention at <paramref name="before"/> is a verb taking it as object.
    private static bool IsVerbBefore(ArticleContext context, int before)
    {
        var t = context.Tokens[before];
        if (!t.IsWordLike || t.Case != TokenCase.Lower || Words.Prepositions.Contains(t, context.Gazetteer.Words) || Words.Determiners.Contains(t, context.Gazetteer.Words) || t.Key is "and" or "or")
            return false;
        if (context.IsWord(before - 1, "to"))
            return true;
        return t.Key.EndsWith("ed", StringComparison.Ordinal) && before > 0 && !context.Tokens[before - 1].Is('-')
               && !(context.Tokens[before - 1].IsWordLike && Words.Determiners.Contains(context.Tokens[before - 1], context.Gazetteer.Words));
    }

    // The first actor of the sentence's main clause before a subordinate clause opening at <paramref name="opener"/>.
    private static EntityDraft? MainSubject(ArticleContext context, ClaimDraft claim, int opener, List<EntityDraft> objects)
    {
        var first = Math.Max(claim.FirstToken, context.SentenceOf(opener).FirstToken);
        for (var i = first; i < opener; i++)
        {
            if (context.MentionAt(i) is not { } m)
                continue;
            // The subject is followed by its verb, not by a preposition ("blamed X for …" names an object).
            if (m.Entity is { IsActor: true } e && m.Form != MentionForm.Unnamed && !objects.Contains(e)
                && !(i > first && context.Tokens[i - 1].IsWordLike && Words.Prepositions.Contains(context.Tokens[i - 1], context.Gazetteer.Words))
                && context.Tokens[m.EndToken] is { Kind: TokenKind.Word, Case: TokenCase.Lower } next && !Words.Prepositions.Contains(next, context.Gazetteer.Words))
                return e;
            return null;
        }
        return null;
    }

    // "had carried out a provocation in three districts, mining roads and firing on X": a participle after a comma
    // shares the subject of the clause it hangs on.
    private static EntityDraft? ParticipleSubject(ArticleContext context, ClaimDraft claim, int cue, List<EntityDraft> objects)
    {
        var t = context.Tokens[cue];
        if (cue <= claim.FirstToken || !t.IsWordLike || !t.Key.EndsWith("ing", StringComparison.Ordinal)
            || !(context.IsWord(cue - 1, "and") || context.Tokens[cue - 1].Is(',')))
            return null;
        for (var i = cue - 1; i > claim.FirstToken; i--)
        {
            if (context.Tokens[i].Is(';') || context.Tokens[i].IsWordLike && Words.ClauseOpeners.Contains(context.Tokens[i], context.Gazetteer.Words))
                return null;
            if (context.Tokens[i].Is(','))
                return MainSubject(context, claim, i, objects);
        }
        return null;
    }

    // "X (TJP), a little-known outfit that officials describe as a front for Y": the one a relative clause of
    // description hangs on is the subject of what it is described as.
    private static EntityDraft? DescribedAntecedent(ArticleContext context, ClaimDraft claim, int cue, List<EntityDraft> objects)
    {
        if (!context.IsWord(cue - 1, "as") || !context.IsAnyWord(cue - 2, DescribingVerbs))
            return null;
        var i = cue - 3;
        while (i > claim.FirstToken && cue - i < 8 && context.Tokens[i].IsWordLike && context.Tokens[i].Case == TokenCase.Lower
               && !context.IsWord(i, "that") && !context.IsWord(i, "which") && !context.IsWord(i, "whom"))
            i--;
        if (!context.IsWord(i, "that") && !context.IsWord(i, "which") && !context.IsWord(i, "whom"))
            return null;
        for (var j = i - 1; j >= claim.FirstToken && j >= i - 10; j--)
        {
            var t = context.Tokens[j];
            if (t.Is('.') || t.Is(';') || t.Is('"'))
                return null;
            if (context.MentionAt(j) is { Entity: { IsActor: true } e, Form: not MentionForm.Unnamed } && !objects.Contains(e))
                return e;
        }
        return null;
    }

    // 'called X "an important partner" of Y': a cue split by the quotation mark that closes a quoted fragment.
    private static TrieMatch<Cue>? QuotedCueAt(ArticleContext context, int k, int end)
    {
        if (k + 2 >= end || !context.Tokens[k].IsWordLike || !QuoteWithin(context, k + 1, Math.Min(end, k + QuotedCueLength))
            || !context.Gazetteer.Cues.StartsWith(context.Tokens[k]))
            return null;
        // The cue's words without the quotation marks among them ('was "seeking closer cooperation" with'), and where each stands.
        var words = new List<Token>(QuotedCueLength) { context.Tokens[k] };
        var at = new List<int>(QuotedCueLength) { k };
        for (var i = k + 1; i < end && words.Count < QuotedCueLength; i++)
        {
            if (context.Tokens[i].Is('"'))
                continue;
            words.Add(context.Tokens[i]);
            at.Add(i);
        }
        var matches = context.Gazetteer.Cues.MatchAll(words, 0, words.Count);
        for (var m = matches.Count - 1; m >= 0; m--)
        {
            var last = at[matches[m].End - 1];
            // Only a cue that a quotation mark parts is read here; an unbroken one is the trie's own match.
            if (matches[m].End > 1 && last - k + 1 > matches[m].End && matches[m].Values.Any(c => c.Kind == CueKind.Relation))
                return new TrieMatch<Cue>(k, last + 1, matches[m].Values);
        }
        return null;
    }

    private const int QuotedCueLength = 5;

    // Whether a quotation mark stands in tokens [from, end): most cues have none, and then nothing need be allocated.
    private static bool QuoteWithin(ArticleContext context, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (context.Tokens[i].Is('"'))
                return true;
        }
        return false;
    }

    // "had agreed, through Qatari mediation, to a ceasefire": a cue parted by an aside between commas.
    private static TrieMatch<Cue>? ParentheticalCueAt(ArticleContext context, int k, int end)
    {
        // Asked of every token of a claim: the comma after it, which few tokens have, is looked for first.
        if (k + 3 >= end || !context.Tokens[k + 1].Is(',') || !context.Tokens[k].IsWordLike || !context.Gazetteer.Cues.StartsWith(context.Tokens[k]))
            return null;
        var close = k + 2;
        while (close < end && close < k + 10 && !context.Tokens[close].Is(','))
        {
            if (context.Tokens[close].Is('.') || context.Tokens[close].Is(';') || context.Tokens[close].Is('"'))
                return null;
            close++;
        }
        if (close >= end || close == k + 10 || !context.Tokens[close].Is(','))
            return null;
        var words = new List<Token>(QuotedCueLength) { context.Tokens[k] };
        for (var i = close + 1; i < end && words.Count < QuotedCueLength; i++)
            words.Add(context.Tokens[i]);
        var matches = context.Gazetteer.Cues.MatchAll(words, 0, words.Count);
        for (var m = matches.Count - 1; m >= 0; m--)
        {
            if (matches[m].End > 1 && matches[m].Values.Any(c => c.Kind == CueKind.Relation))
                return new TrieMatch<Cue>(k, close + matches[m].End, matches[m].Values);
        }
        return null;
    }

    // "a number of al-Qaeda affiliates": a lower-case noun right after the actor is the head the actor describes.
    private static bool HeadNounAfter(ArticleContext context, int i) =>
        i < context.Tokens.Count && context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower } t && !Words.Prepositions.Contains(t, context.Gazetteer.Words)
        && !Words.ClauseOpeners.Contains(t, context.Gazetteer.Words) && t.Key is not ("and" or "or");

    // Whether a relation cue ("partner of", 'partner" of') ends with the word at <paramref name="last"/>.
    private static bool EndsRelationCue(ArticleContext context, int last)
    {
        for (var j = last; j >= 0 && j >= last - 4; j--)
        {
            if ((context.CueAt(j, CueKind.Relation) ?? QuotedCueAt(context, j, context.Tokens.Count)) is { } cue && cue.End == last + 1)
                return true;
        }
        return false;
    }

    // "five soldiers were killed by X": the soldiers of the article's state force are the patient of a passive.
    private static EntityDraft? SoldiersBefore(ArticleContext context, ClaimDraft claim, int cue)
    {
        for (var i = cue - 1; i >= claim.FirstToken && i >= cue - 4; i--)
        {
            if (context.IsAnyWord(i, Soldiers) && context.MentionAt(i) is null && BareNoun(context, claim, i))
                return SpeakerForce(claim) ?? SoldiersForce(context);
        }
        return null;
    }

    // "troops" with no actor, adjective or possessive of its own before it ("the troops", "five soldiers").
    private static bool BareNoun(ArticleContext context, ClaimDraft claim, int noun)
    {
        var i = noun - 1;
        while (i >= claim.FirstToken && (context.IsWord(i, "the") || context.Tokens[i].Kind == TokenKind.Number || context.IsAnyWord(i, SmallNumbers)))
            i--;
        return i < claim.FirstToken || context.MentionAt(i) is null
               && (!context.Tokens[i].IsWordLike || context.IsAnyWord(i, Words.ClauseOpeners) || context.HasCue(i, CueKind.Speech) || context.IsWord(i, "and"));
    }

    private static readonly WordSet SmallNumbers =
    [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many", "dozens", "hundreds",
    ];

    // The speaker's side when it is a state force.
    private static EntityDraft? SpeakerForce(ClaimDraft claim) =>
        SpeakerSide(claim) is { Kind: EntityKind.Organisation, Category: "state security forces" or "military force" } force ? force : null;

    private static EntityDraft? SpeakerPolice(ClaimDraft claim) =>
        SpeakerSide(claim) is { Kind: EntityKind.Organisation, Category: "police" or "law enforcement agency" } police ? police : null;

    // "ships linked to Israel", "militants affiliated with X": a participle cue right after a common plural noun that no
    // actor owns describes that noun, not an actor named further back.
    private static bool DescribesCommonNoun(ArticleContext context, int cue, int cueEnd)
    {
        if (cueEnd - cue < 2 || !context.Tokens[cue].Key.EndsWith("ed", StringComparison.Ordinal) || cue < 2)
            return false;
        var noun = context.Tokens[cue - 1];
        // "militiamen affiliated with the army": a plural in -men as well.
        return noun is { Kind: TokenKind.Word, Case: TokenCase.Lower } && (noun.Key.EndsWith('s') || noun.Key.EndsWith("men", StringComparison.Ordinal)) && !BeForms.Contains(noun, context.Gazetteer.Words) && noun.Key is not ("has" or "does") && context.MentionAt(cue - 1) is null
               && !GroupNouns.Contains(noun, context.Gazetteer.Words) && context.MentionAt(cue - 2) is null && !context.IsAnyWord(cue - 2, Possessives);
    }

    private static readonly WordSet LossVerbs = ["lost", "lose", "loses", "losing", "ceded", "cedes"];

    // "… control of Idlib province to HTS": the places lost, and the actor after "to" that now holds them.
    private static void LostTo(ArticleContext context, ClaimDraft claim, int from, bool denied)
    {
        var places = Objects(context, from, claim.EndToken, RelationType.Controls, actorsOnly: false);
        for (var i = from; i < claim.EndToken && i < from + 8; i++)
        {
            if (!context.IsWord(i, "to"))
                continue;
            foreach (var winner in Objects(context, i + 1, claim.EndToken, RelationType.Controls, actorsOnly: true))
            {
                foreach (var place in places)
                    AddRelation(claim, winner, RelationType.Controls, place, denied);
            }
            return;
        }
    }

    // "repelled Ukrainian attacks", "fended off an ISWAP assault": the actor whose attack is the object.
    private static EntityDraft? AttackOf(ArticleContext context, int from, int end)
    {
        for (var i = from; i < end && i < from + 4; i++)
        {
            if (context.MentionAt(i) is { Entity: { IsActor: true } e } m && m.FirstToken == i)
                return context.IsAnyWord(m.EndToken, AttackNouns) || context.IsWord(m.EndToken, "assault") || context.IsWord(m.EndToken, "offensive") ? e : null;
            if (!context.IsAnyWord(i, Words.Determiners))
                return null;
        }
        return null;
    }

    private static readonly WordSet AnswerNouns =
    [
        "answer", "response", "reply", "retaliation", "revenge", "work", "doing",
    ];

    // "described the attacks on X as the group's answer to …": an act with no doer of its own is the doing of the
    // actor it is ascribed to after "as".
    private static EntityDraft? AscribedTo(ArticleContext context, int from, int end, List<EntityDraft> objects)
    {
        for (var i = from; i + 3 < end && i < from + 12; i++)
        {
            if (context.Tokens[i].Is(';') || context.Tokens[i].Is('.'))
                return null;
            if (!context.IsWord(i, "as"))
                continue;
            var j = i + 1;
            if (context.IsWord(j, "the"))
                j++;
            if (context.MentionAt(j) is not { Entity: { IsActor: true } doer } m || m.FirstToken != j || !context.Tokens[m.EndToken].Is('\'')
                || !context.IsWord(m.EndToken + 1, "s") || !context.IsAnyWord(m.EndToken + 2, AnswerNouns))
                return null;
            // The list of objects may have run on past "as": the one the act is ascribed to is not its target.
            objects.Remove(doer);
            return objects.Count > 0 ? doer : null;
        }
        return null;
    }

    private static readonly WordSet SidesNouns = ["sides", "parties", "belligerents", "countries"];

    // "the two sides agreed to a ceasefire", "both countries accepted": the pair named right before a mutual cue.
    private static bool TwoSidesBefore(ArticleContext context, ClaimDraft claim, int cue)
    {
        for (var i = cue - 1; i > claim.FirstToken && i >= cue - 4; i--)
        {
            if (context.IsAnyWord(i, SidesNouns))
                return context.IsWord(i - 1, "two") || context.IsWord(i - 1, "both") || context.IsWord(i - 1, "warring");
        }
        return false;
    }

    // "… and the two have fought": the last two actors named in the sentence before "the two", when the cue follows
    // "the two" past auxiliaries only.
    private static List<EntityDraft> TheTwoBefore(ArticleContext context, ClaimDraft claim, int cue)
    {
        var i = cue - 1;
        while (i > claim.FirstToken && cue - i <= 3 && (context.IsAnyWord(i, Auxiliaries) || context.IsAnyWord(i, BeForms) || context.IsWord(i, "have") || context.IsWord(i, "has")))
            i--;
        if (!context.IsWord(i, "two") || !context.IsWord(i - 1, "the"))
            return [];
        var pair = new List<EntityDraft>();
        for (var j = i - 2; j >= context.SentenceOf(cue).FirstToken && pair.Count < 2; j--)
        {
            if (context.MentionAt(j) is { Entity: { IsActor: true, Kind: not EntityKind.Official } e } m && m.Form == MentionForm.Name)
            {
                if (!pair.Contains(e))
                    pair.Insert(0, e);
                j = m.FirstToken;
            }
        }
        return pair;
    }

    // The two sides of the article: the two countries or groups it names most, other than the speaker's side and any
    // actor the claim itself names (a mediator).
    private static List<EntityDraft> TwoSides(ArticleContext context, ClaimDraft claim)
    {
        var speaker = SpeakerSide(claim);
        var inClaim = new HashSet<EntityDraft>();
        for (var i = claim.FirstToken; i < claim.EndToken; i++)
        {
            if (context.MentionAt(i)?.Entity is { } e)
                inClaim.Add(e);
        }
        var ranked = context.Mentions
            .Where(m => m.Form is MentionForm.Name or MentionForm.Demonym && m.Entity is { Kind: EntityKind.Country or EntityKind.Group } e
                        && e != speaker && e.IsoCode != (speaker?.CountryIso ?? speaker?.Organisation?.CountryIso) && !inClaim.Contains(e))
            .GroupBy(m => m.Entity!)
            .Select(g => (Entity: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ToList();
        // Only a clear pair: two sides named often, well ahead of any third.
        if (ranked.Count < 2 || ranked[1].Count < 3 || ranked.Count > 2 && ranked[2].Count * 2 > ranked[1].Count)
            return [];
        return [ranked[0].Entity, ranked[1].Entity];
    }

    private static readonly WordSet SharedSubjectWords =
    [
        "then", "also", "later", "again", "subsequently", "has", "have", "had", "was", "were", "is", "are", "will", "would",
        "it", "they", "he", "she", "we", "not", "never", "even", "still", "so", "thus", "since",
    ];

    // "…, and coalition aircraft carried out strikes on X": a clause after ", and" that opens on a noun of its own has
    // its own subject, so an actor before the comma is not the doer; ", and killed …", ", and then struck …" share it.
    private static bool OwnSubjectAfter(ArticleContext context, int and, int cue)
    {
        if (!context.IsWord(and, "and") && !context.IsWord(and, "but") || and + 1 >= cue)
            return false;
        var t = context.Tokens[and + 1];
        if (!t.IsWordLike || context.MentionAt(and + 1) is not null)
            return false;
        if (Words.Determiners.Contains(t, context.Gazetteer.Words))
            return true;
        return t.Case == TokenCase.Lower && !SharedSubjectWords.Contains(t, context.Gazetteer.Words) && !Words.Prepositions.Contains(t, context.Gazetteer.Words)
               && !t.Key.EndsWith("ly", StringComparison.Ordinal) && !t.Key.EndsWith("ed", StringComparison.Ordinal)
               && !t.Key.EndsWith("ing", StringComparison.Ordinal) && !Auxiliaries.Contains(t, context.Gazetteer.Words);
    }
}
