namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>How a mention refers to its entity.</summary>
internal enum MentionForm
{
    /// <summary>By a name or alias: "NATO", "al-Qaida".</summary>
    Name,

    /// <summary>By an adjective: "Afghan" for Afghanistan.</summary>
    Demonym,

    /// <summary>By a description that points back: "the alliance".</summary>
    Anaphor,

    /// <summary>A person who is not named: "a NATO official".</summary>
    Unnamed,
}
