using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// Warnings whose condition follows them: "Turkey would strike again if the PKK attacked", "threatened to use force if X refused".
internal static partial class RelationFinder
{
    /// <summary>
    /// A warning in the main clause ("would strike", "would respond", or a verb of threat that introduces the claim)
    /// followed by "if" or "unless" and an actor: the warner threatens that actor. The warner is the first actor of
    /// the main clause, else the speaker's side.
    /// </summary>
    private static void TrailingConditions(ArticleContext context, ClaimDraft claim)
    {
        var threatVerb = claim.Verb >= 0 && claim.Verb < claim.FirstToken
                         && context.Cues(claim.Verb).Any(c => c.Kind == CueKind.Relation && c.Relation == RelationType.Threatens);
        for (var i = claim.FirstToken + 1; i < claim.EndToken; i++)
        {
            // "as long as X keeps attacking": a condition as "if" is.
            var asLongAs = context.IsWord(i, "as") && context.IsWord(i + 1, "long") && context.IsWord(i + 2, "as");
            if (!context.IsWord(i, "if") && !context.IsWord(i, "unless") && !asLongAs || context.Tokens[i - 1].Is(','))
                continue;
            if (context.MentionAt(NextContentWord(context, asLongAs ? i + 3 : i + 1, claim.EndToken)) is not { Entity: { IsActor: true } target })
                continue;
            if (!threatVerb && !Warns(context, claim.FirstToken, i))
                continue;
            // "X threatened to shoot Y's minister if Z …": the one who threatened warns, not an actor inside the threat.
            if ((threatVerb ? ThreatSide(claim) ?? Warner(context, claim, claim.FirstToken, i, target) : Warner(context, claim, claim.FirstToken, i, target) ?? ThreatSide(claim)) is { } warner)
                AddRelation(claim, warner, RelationType.Threatens, target, claim.DeniedByVerb);
            return;
        }
    }

    // The one who warns in tokens [first, end): "we" (or "it" opening the claim) is the speaker's side, else the
    // first actor other than the one warned.
    private static EntityDraft? Warner(ArticleContext context, ClaimDraft claim, int first, int end, EntityDraft target)
    {
        for (var j = first; j < end; j++)
        {
            // "if X fires again, it would strike": "it" opening the main clause is the speaker's side too.
            if (context.IsWord(j, "we") || context.IsWord(j, "it") && (j == claim.FirstToken || j == first && context.Tokens[j - 1].Is(',')))
                return SpeakerSide(claim);
            if (context.MentionAt(j) is { Entity: { IsActor: true } w } && w != target)
                return w;
        }
        return null;
    }

    // The words that open a declared target or a reserved right, looked up once per token of a claim.
    private static readonly WordSet WarningWords =
    [
        "legitimate", "military", "legal", "lawful", "fair", "reserves", "reserve", "reserved", "retains", "retain", "retained",
    ];

    private static readonly WordSet TargetAdjectives = ["legitimate", "military", "legal", "lawful", "fair"];

    private static readonly WordSet Becoming =
    [
        "is", "are", "was", "were", "be", "been", "become", "became", "becomes", "remain", "remains", "as", "considered", "deemed",
        "declared", "consider", "considers", "regard", "regards",
    ];

    /// <summary>
    /// "X and Y have become military targets", "we consider X legitimate targets": the speaker's side threatens the actors
    /// it names as targets.
    /// </summary>
    private static void DeclaredTargetAt(ArticleContext context, ClaimDraft claim, int k)
    {
        {
            if (k <= claim.FirstToken || k + 1 >= claim.EndToken || !context.IsAnyWord(k, TargetAdjectives)
                || !context.IsWord(k + 1, "targets") && !context.IsWord(k + 1, "target") && !context.IsWord(k + 1, "game"))
                return;
            var verb = k - 1;
            if (context.IsWord(verb, "a") || context.IsWord(verb, "the"))
                verb--;
            var clause = verb;
            while (clause > claim.FirstToken && !context.Tokens[clause - 1].Is(';') && !context.Tokens[clause - 1].Is('.')
                   && !(context.Tokens[clause - 1].IsWordLike && Words.ClauseOpeners.Contains(context.Tokens[clause - 1], context.Gazetteer.Words)))
                clause--;
            // "declared X legitimate targets": the actors between the verb and the adjective; "X are …": those before the verb.
            var named = context.MentionAt(verb) is not null ? verb : -1;
            if (named < 0 && !context.IsAnyWord(verb, Becoming))
                return;
            var targets = new List<EntityDraft>();
            for (var i = clause; i < k; i++)
            {
                if (context.MentionAt(i) is { Entity: { IsActor: true } e, Form: MentionForm.Name } m && e.Kind != EntityKind.Official && !targets.Contains(e))
                    targets.Add(e);
            }
            if (ThreatSide(claim) is not { } side || targets.Contains(side))
                return;
            foreach (var target in targets)
                AddRelation(claim, side, RelationType.Threatens, target, DeniedAt(context, claim, k));
        }
    }

    private static readonly WordSet ReserveVerbs = ["reserves", "reserve", "reserved", "retains", "retain", "retained"];

    private static readonly WordSet Retaliations = ["respond", "retaliate", "react", "reply", "strike"];

    /// <summary>
    /// "X reserves the right to respond …, and the responsibility will lie with Y": the one keeping a right to hit back
    /// threatens the other actor the claim names (a right to defend itself threatens nobody).
    /// </summary>
    private static void ReservedResponseAt(ArticleContext context, ClaimDraft claim, int k)
    {
        {
            if (k + 4 >= claim.EndToken || !context.IsAnyWord(k, ReserveVerbs) || !context.IsWord(k + 1, "the") || !context.IsWord(k + 2, "right") || !context.IsWord(k + 3, "to")
                || !context.IsAnyWord(k + 4, Retaliations) || InCondition(context, claim.FirstToken, k))
                return;
            var warner = Subject(context, claim, k, RelationType.Threatens, []) ?? (k == claim.FirstToken ? ThreatSide(claim) : null);
            if (warner is null || FirstActorBetween(context, k + 5, claim.EndToken, warner) is not { } target || OwnState(warner, target))
                return;
            AddRelation(claim, warner, RelationType.Threatens, target, DeniedAt(context, claim, k));
        }
    }
}
