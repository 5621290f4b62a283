using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>A listed cue phrase and what it signals.</summary>
internal sealed record Cue(CueKind Kind, string Phrase, RelationType? Relation = null, CueDirection Direction = CueDirection.Active);
