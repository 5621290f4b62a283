namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>A gazetteer entry reached through one of its names.</summary>
internal readonly record struct NameHit(GazetteerEntry Entry, NameRole Role);
