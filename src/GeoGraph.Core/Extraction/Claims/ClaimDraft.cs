using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>A claim found in the body: its text tokens [FirstToken, EndToken), form and attribution.</summary>
internal sealed class ClaimDraft(int firstToken, int endToken, ClaimForm form, Speaker speaker)
{
    public int FirstToken { get; } = firstToken;

    public int EndToken { get; } = endToken;

    public ClaimForm Form { get; } = form;

    public Speaker Speaker { get; } = speaker;

    /// <summary>
    /// Where the claim's text starts when it opens before its content: "New Delhi dismissed the charge" is stated
    /// by the whole sentence, while its content (read for relations) is the object. -1: at <see cref="FirstToken"/>.
    /// </summary>
    public int TextFirst { get; init; } = -1;

    /// <summary>The first token of the claim's text.</summary>
    public int SpanFirst => TextFirst >= 0 && TextFirst < FirstToken ? TextFirst : FirstToken;

    public EntityDraft? ReportedBy { get; set; }

    /// <summary>The claim this one goes on with ("…, blaming X"): its relations are the host's, and it is not listed.</summary>
    public ClaimDraft? Host { get; init; }

    /// <summary>Tokens of the attribution ("A NATO official asserted that"), read for hedges and denials.</summary>
    public (int First, int End) Attribution { get; set; }

    /// <summary>The token of the verb of saying, or -1; some verbs assert a relation of their own ("accused").</summary>
    public int Verb { get; set; } = -1;

    /// <summary>Whom a relative-clause accusation accuses ("the UAE, which it accuses of …").</summary>
    public EntityDraft? Accused { get; set; }

    /// <summary>The verb of saying denies ("denied that", "rejected claims that").</summary>
    public bool DeniedByVerb { get; set; }

    public bool Hedged { get; set; }

    public bool Negated { get; set; }

    public List<EntityDraft> About { get; } = [];

    public List<EntityDraft> Places { get; } = [];

    public List<(EntityDraft From, RelationType Type, EntityDraft To)> Relations { get; } = [];

    /// <summary>The relations the statement denies: what it would assert without its negation.</summary>
    public List<(EntityDraft From, RelationType Type, EntityDraft To)> Denied { get; } = [];
}
