namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>Where a relation cue's subject stands.</summary>
internal enum CueDirection
{
    /// <summary>"SUBJECT cue OBJECT".</summary>
    Active,

    /// <summary>"OBJECT cue SUBJECT": "attacked by", "backed by".</summary>
    Passive,

    /// <summary>"SUBJECT did not cue OBJECT": a verb's base form, read only after "not", "to" or an auxiliary.</summary>
    Base,

    /// <summary>"SUBJECT-cue OBJECT": "Iran-backed Houthis".</summary>
    PassivePrefix,

    /// <summary>"X and Y cue": both parties before the cue, the first is the subject.</summary>
    Mutual,

    /// <summary>"cue X and Y": both parties after the cue ("a truce between X and Y").</summary>
    Between,

    /// <summary>"an attack by SUBJECT on OBJECT": a noun with its doer after "by" and its target after "on" or "against".</summary>
    Agent,

    /// <summary>A crime label ("war crimes"): the claim's speaker accuses the actor the claim names.</summary>
    Label,
}
