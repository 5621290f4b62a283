namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>Where a relation cue's subject stands.</summary>
internal enum CueDirection
{
    /// <summary>"SUBJECT cue OBJECT".</summary>
    Active,

    /// <summary>"OBJECT cue SUBJECT": "attacked by", "backed by".</summary>
    Passive,

    /// <summary>"SUBJECT-cue OBJECT": "Iran-backed Houthis".</summary>
    PassivePrefix,
}
