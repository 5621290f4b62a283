using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction.Relations;

/// <summary>Finds the words that deny a statement or a relation: "not", "never", "no longer", "n't", "denied".</summary>
internal static class Negation
{
    private const int Reach = 5;

    /// <summary>Whether a negation stands within a few words before token <paramref name="cue"/>, in its clause.</summary>
    public static bool Before(ArticleContext context, int first, int cue)
    {
        for (var i = cue - 1; i >= first && i >= cue - Reach; i--)
        {
            var t = context.Tokens[i];
            if (t.Is(',') || t.Is(';') || t.IsWordLike && t.Key is "but" or "and" or "that" or "while" or "because" or "since" or "which" or "who" or "when" or "if")
                return false;
            if (IsNegation(context, i))
                return true;
        }
        return false;
    }

    /// <summary>Whether token <paramref name="i"/> starts a negation.</summary>
    public static bool IsNegation(ArticleContext context, int i) =>
        // "suspending cooperation with X": a suspension that is itself a relation cue cuts ties rather than denying.
        (context.HasCue(i, CueKind.Negation) && !AskedToDeny(context, i) && !context.HasCue(i, CueKind.Relation)
         || IsContractedNot(context, i))
        && !NotStoppingUntil(context, i) && !NotHesitating(context, i) && !TurnedDownOffer(context, i) && !NotUnpunished(context, i)
        // "none of the attackers entered X": the act is denied of every one of them.
        || context.IsWord(i, "none") && context.IsWord(i + 1, "of");

    private static readonly WordSet TurnDownVerbs = ["rejected", "rejects", "reject", "rejecting", "dismissed", "dismisses"];

    private static readonly WordSet Offers =
    [
        "proposal", "proposals", "offer", "offers", "plan", "plans", "deal", "demand", "demands", "call", "calls", "request",
        "requests", "ultimatum", "bid", "terms", "resolution", "draft", "invitation", "appeal", "appeals", "initiative",
    ];

    // "Hamas had rejected the proposal": turning down an offer is an act reported, not a denial of what is said.
    private static bool TurnedDownOffer(ArticleContext context, int i)
    {
        if (!context.IsAnyWord(i, TurnDownVerbs))
            return false;
        // Past determiners, modifiers and names: "the US ceasefire plan", "Kenya's latest offer".
        var j = i + 1;
        while (j < i + 6 && j < context.Tokens.Count && !context.IsAnyWord(j, Offers))
        {
            if (context.MentionAt(j) is { } name)
                j = name.EndToken;
            else if (context.Tokens[j].Is('\'') && context.IsWord(j + 1, "s"))
                j += 2;
            else if (context.Tokens[j] is { Kind: TokenKind.Word, Case: TokenCase.Lower, Length: > 1 } && !context.IsWord(j, "that")
                     && !context.IsAnyWord(j, Words.Prepositions))
                j++;
            else
                return false;
        }
        return context.IsAnyWord(j, Offers);
    }

    private static readonly WordSet HesitateVerbs = ["hesitate", "shy", "rule"];

    // "will not hesitate to strike", "would not shy away from", "did not rule out": two negatives assert the act.
    private static bool NotHesitating(ArticleContext context, int i)
    {
        var after = context.CueAt(i, CueKind.Negation)?.End ?? i + 1;
        return context.IsAnyWord(after, HesitateVerbs) && (context.IsWord(after, "hesitate") || context.IsWord(after + 1, "away") || context.IsWord(after + 1, "out"));
    }

    private static readonly WordSet StopVerbs = ["stop", "rest", "relent", "cease", "end"];

    // "the strikes will not stop until X surrenders": what goes on until something else happens is asserted, not denied.
    private static bool NotStoppingUntil(ArticleContext context, int i) =>
        context.IsAnyWord(i + 1, StopVerbs) && context.IsWord(i + 2, "until");

    /// <summary>"X will not go unpunished", "won't remain unpunished": two negatives promise a penalty.</summary>
    public static bool NotUnpunished(ArticleContext context, int i) =>
        (context.IsWord(i + 1, "go") || context.IsWord(i + 1, "remain") || context.IsWord(i + 1, "be") || context.IsWord(i + 1, "stay"))
        && context.IsWord(i + 2, "unpunished");

    /// <summary>Whether token <paramref name="i"/> is the "t" of "n't" ("didn't", "won't").</summary>
    public static bool IsContractedNot(ArticleContext context, int i) => context.IsWord(i, "t") && i > 0 && context.Tokens[i - 1].Is('\'');

    // "asked Kabul to arrest the leaders and to deny them the use of its soil": a denial asked of another is an
    // appeal, not the speaker's denial.
    private static bool AskedToDeny(ArticleContext context, int i) =>
        context.IsWord(i - 1, "to") && (context.IsWord(i, "deny") || context.IsWord(i, "reject"));

    /// <summary>
    /// Whether a negation stands before token <paramref name="cue"/> in its clause, however far:
    /// "has never, despite the pressure, fought alongside" (commas do not end the clause, "but" and "that" do).
    /// </summary>
    public static bool InClauseBefore(ArticleContext context, int first, int cue)
    {
        for (var i = cue - 1; i >= first; i--)
        {
            var t = context.Tokens[i];
            if (t.Is(';') || t.Is('.') || t.Is('!') || t.Is('?') || t.Is(':')
                || t.IsWordLike && t.Key is "but" or "however" or "although" or "though" or "while" or "whereas" or "that" or "which" or "who"
                || t.IsWordLike && t.Key == "and" && i > first && context.Tokens[i - 1].Is(','))
                return false;
            if (IsNegation(context, i))
                return true;
        }
        return false;
    }

    /// <summary>Whether a negation stands in the first clause of tokens [first, end).</summary>
    public static bool InFirstClause(ArticleContext context, int first, int end)
    {
        for (var i = MainClauseAfterCondition(context, first, end); i < end; i++)
        {
            var t = context.Tokens[i];
            // "…, stressing that this was not a final assessment": a clause of its own after "that" or "which".
            // "struck militants, without providing details": "without" denies only what follows it (the manner of
            // the act or of its telling), never the verb before it.
            if (t.Is(';') || t.Is('.') || t.Is('!') || t.Is('?')
                || t.IsWordLike && t.Key is "but" or "however" or "although" or "though" or "while" or "whereas" or "without"
                || t.IsWordLike && t.Key is "that" or "which" or "if" or "unless" && i > first + 2)
                return false;
            if (IsNegation(context, i))
                return true;
        }
        return false;
    }

    private static readonly WordSet Modals = ["would", "will", "could", "can", "might", "may", "shall", "should", "must"];

    // "if the soldiers had not complied within a week the bloc would use force": a condition's negation does not deny
    // the statement; its main clause starts after the condition's comma, or at the first modal when no comma closes it.
    private static int MainClauseAfterCondition(ArticleContext context, int first, int end)
    {
        var opener = first;
        while (opener < end && !context.Tokens[opener].IsWordLike)
            opener++;
        if (!context.IsWord(opener, "if") && !context.IsWord(opener, "unless"))
            return first;
        for (var i = opener + 1; i < end; i++)
        {
            if (context.Tokens[i].Is(','))
                return i + 1;
            if (context.IsAnyWord(i, Modals))
                return i;
        }
        return first;
    }
}
