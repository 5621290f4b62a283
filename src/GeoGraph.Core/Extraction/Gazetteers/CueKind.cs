namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>What a cue phrase signals.</summary>
internal enum CueKind
{
    /// <summary>A verb of saying: "said", "warned".</summary>
    Speech,

    /// <summary>An outlet carrying a statement: "quoted", "reported", "told".</summary>
    Reporting,

    /// <summary>"according to".</summary>
    According,

    /// <summary>A qualifier: "may", "reportedly", "we think".</summary>
    Hedge,

    /// <summary>A denial: "not", "never", "denied".</summary>
    Negation,

    /// <summary>A relation of the vocabulary: "in touch with".</summary>
    Relation,
}
