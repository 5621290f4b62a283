namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>A listed title: its full form ("Brigadier General" for "Brig. Gen.") and kind.</summary>
internal sealed record TitleEntry(string Name, TitleKind Kind);
