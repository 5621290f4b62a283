using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

/// <summary>
/// Reads the relations a claim asserts: a relation cue (RELATIONS.md) with its subject before it and its
/// objects after it ("al-Qaeda … plotting to reunite with the Taliban"), or the reverse for passive cues
/// ("backed by Iran"). A denied cue asserts nothing; "they" as a subject points back to the last group named.
/// </summary>
internal static class RelationFinder
{
    private const int MaxSubjectDistance = 16;

    public static void Run(ArticleContext context, ClaimDraft claim)
    {
        if (claim.DeniedByVerb)
            return;
        for (var k = claim.FirstToken; k < claim.EndToken; k++)
        {
            var match = context.CueAt(k);
            if (match is null || match.End > claim.EndToken)
                continue;
            foreach (var cue in match.Values.Where(c => c.Kind == CueKind.Relation).Take(1))
            {
                if (context.MentionAt(k) is not null || Negation.Before(context, claim.FirstToken, k))
                    continue;
                var relation = cue.Relation!.Value;
                var (subject, objects) = cue.Direction switch
                {
                    CueDirection.Passive => (Objects(context, match.End, claim.EndToken, relation, actorsOnly: true).FirstOrDefault(),
                        Subject(context, claim, k, relation) is { } o ? [o] : new List<EntityDraft>()),
                    _ => (Subject(context, claim, k, relation), Objects(context, match.End, claim.EndToken, relation, actorsOnly: false)),
                };
                if (subject is null)
                    continue;
                foreach (var obj in objects)
                {
                    if (obj != subject && !claim.Relations.Contains((subject, relation, obj)))
                        claim.Relations.Add((subject, relation, obj));
                }
            }
        }
    }

    /// <summary>
    /// A verb of saying that is itself a relation ("accused", "blamed", "threatened"): its subjects (the speaker
    /// and those listed with it) relate to the entities the statement opens with ("accused Israel of …").
    /// </summary>
    public static void FromVerb(ArticleContext context, ClaimDraft claim)
    {
        if (claim.Verb < 0 || claim.Verb >= claim.FirstToken)
            return;
        var cue = context.Cues(claim.Verb).FirstOrDefault(c => c.Kind == CueKind.Relation && c.Direction == CueDirection.Active);
        if (cue is null || Negation.Before(context, claim.Attribution.First, claim.Verb))
            return;
        var subjects = new List<EntityDraft>();
        for (var i = claim.Attribution.First; i < claim.Verb; i++)
        {
            if (context.MentionAt(i) is { Entity: { IsActor: true } e } m && m.Form is MentionForm.Name or MentionForm.Anaphor)
            {
                if (!subjects.Contains(e))
                    subjects.Add(e);
                i = m.EndToken - 1;
            }
        }
        if (subjects.Count == 0 && claim.Speaker.Entity is { IsActor: true } speaker)
            subjects.Add(speaker);
        var objects = Objects(context, claim.FirstToken, claim.EndToken, cue.Relation!.Value, actorsOnly: false);
        foreach (var subject in subjects)
        {
            foreach (var obj in objects)
            {
                if (obj != subject && !claim.Relations.Contains((subject, cue.Relation.Value, obj)))
                    claim.Relations.Add((subject, cue.Relation.Value, obj));
            }
        }
    }

    // The nearest actor before the cue in the same clause that is not inside a prepositional phrase.
    private static EntityDraft? Subject(ArticleContext context, ClaimDraft claim, int cue, RelationType relation)
    {
        for (var i = cue - 1; i >= claim.FirstToken && i >= cue - MaxSubjectDistance; i--)
        {
            var t = context.Tokens[i];
            if (t.Is(';') || t.Is('"') || t.IsWordLike && Words.ClauseOpeners.Contains(t.Key) && t.Key != "as")
                return null;
            if (context.MentionAt(i) is { } m)
            {
                i = m.FirstToken;
                if (m.Entity is not { IsActor: true } e || m.Form == MentionForm.Unnamed)
                    continue;
                var before = m.FirstToken - 1;
                while (before >= 0 && context.Tokens[before].IsWordLike && Words.Determiners.Contains(context.Tokens[before].Key))
                    before--;
                if (before >= 0 && context.Tokens[before].IsWordLike && Words.Prepositions.Contains(context.Tokens[before].Key))
                    continue;
                if (m.Form == MentionForm.Demonym && !IsPrefixOfActor(context, m))
                    continue;
                return e;
            }
            if (t.IsWordLike && t.Key is "they" or "it")
                return Antecedent(context, claim, i, relation);
        }
        return null;
    }

    private static bool IsPrefixOfActor(ArticleContext context, Mention m) =>
        m.EndToken < context.Tokens.Count && context.Tokens[m.EndToken].Is('-');

    // "they" in a claim: the last group (else organisation) named before it.
    private static EntityDraft? Antecedent(ArticleContext context, ClaimDraft claim, int pronoun, RelationType relation)
    {
        var from = Math.Max(0, context.SentenceOf(pronoun).FirstToken - 1);
        var limit = context.Sentences[Math.Max(0, context.SentenceOfToken[from] - 3)].FirstToken;
        for (var i = pronoun - 1; i >= limit; i--)
        {
            if (context.MentionAt(i) is { Entity: { Kind: EntityKind.Group } g } && !IsObjectOfSameCue(claim, g, relation))
                return g;
        }
        return null;
    }

    private static bool IsObjectOfSameCue(ClaimDraft claim, EntityDraft candidate, RelationType relation) =>
        claim.Relations.Any(r => r.Type == relation && r.To == candidate);

    // The first entity after the cue, and those listed with it ("al-Qaeda, Haqqani network and other groups").
    private static List<EntityDraft> Objects(ArticleContext context, int from, int end, RelationType relation, bool actorsOnly)
    {
        var wantsPlace = relation.TargetsPlace() && !actorsOnly;
        var found = new List<EntityDraft>();
        var i = from;
        var gap = 0;
        while (i < end)
        {
            var t = context.Tokens[i];
            if (context.MentionAt(i) is { } m && m.FirstToken == i)
            {
                if (m.Entity is { } e && m.Form != MentionForm.Unnamed && (wantsPlace ? e.IsPlace : e.IsActor && e.Kind != EntityKind.Province)
                    && (m.Form != MentionForm.Demonym || wantsPlace))
                    found.Add(e);
                else if (found.Count == 0 && !wantsPlace)
                    return found;
                i = m.EndToken;
                gap = 0;
                continue;
            }
            if (found.Count == 0)
            {
                if (!t.IsWordLike || gap >= 4 && !wantsPlace || gap >= 6)
                    return found;
                gap++;
            }
            else if (!(t.Is(',') || t.IsWordLike && Words.ListJoiners.Contains(t.Key)
                       || t.IsWordLike && (Words.Determiners.Contains(t.Key) || Words.SubdivisionTypes.Contains(t.Key))))
            {
                if (!t.IsWordLike || t.Key is "groups" or "militants" or "organisations" or "organizations" or "countries" or "provinces" or "forces" or "parts" or "areas")
                {
                    i++;
                    continue;
                }
                return found;
            }
            i++;
        }
        return found;
    }
}
