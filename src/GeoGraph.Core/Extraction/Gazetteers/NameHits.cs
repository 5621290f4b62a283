using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>
/// The questions the name stages ask of a match's hits, as loops: a query with a lambda boxes the list's enumerator,
/// and the gazetteer pass asks several of every name it finds.
/// </summary>
internal static class NameHits
{
    /// <summary>The first hit of <paramref name="kind"/>; a default hit (no entry) if none.</summary>
    public static NameHit FirstOfKind(IReadOnlyList<NameHit> hits, EntityKind kind)
    {
        for (var h = 0; h < hits.Count; h++)
        {
            if (hits[h].Entry.Kind == kind)
                return hits[h];
        }
        return default;
    }

    /// <summary>The first hit in <paramref name="role"/>; a default hit (no entry) if none.</summary>
    public static NameHit FirstInRole(IReadOnlyList<NameHit> hits, NameRole role)
    {
        for (var h = 0; h < hits.Count; h++)
        {
            if (hits[h].Role == role)
                return hits[h];
        }
        return default;
    }

    /// <summary>The first organisation or group; a default hit (no entry) if none.</summary>
    public static NameHit FirstActorBody(IReadOnlyList<NameHit> hits)
    {
        for (var h = 0; h < hits.Count; h++)
        {
            if (hits[h].Entry.Kind is EntityKind.Group or EntityKind.Organisation)
                return hits[h];
        }
        return default;
    }

    /// <summary>The first country named as itself, not by its capital; a default hit (no entry) if none.</summary>
    public static NameHit FirstCountry(IReadOnlyList<NameHit> hits)
    {
        for (var h = 0; h < hits.Count; h++)
        {
            if (hits[h].Entry.Kind == EntityKind.Country && hits[h].Role != NameRole.Capital)
                return hits[h];
        }
        return default;
    }

    /// <summary>Whether every hit is of <paramref name="kind"/>.</summary>
    public static bool AllOfKind(IReadOnlyList<NameHit> hits, EntityKind kind)
    {
        for (var h = 0; h < hits.Count; h++)
        {
            if (hits[h].Entry.Kind != kind)
                return false;
        }
        return true;
    }

    /// <summary>Whether every hit is an organisation or a group.</summary>
    public static bool AllActorBodies(IReadOnlyList<NameHit> hits)
    {
        for (var h = 0; h < hits.Count; h++)
        {
            if (hits[h].Entry.Kind is not (EntityKind.Organisation or EntityKind.Group))
                return false;
        }
        return true;
    }

    /// <summary>The entries of the province hits, in order.</summary>
    public static List<GazetteerEntry> Provinces(IReadOnlyList<NameHit> hits)
    {
        var provinces = new List<GazetteerEntry>();
        for (var h = 0; h < hits.Count; h++)
        {
            if (hits[h].Entry.Kind == EntityKind.Province)
                provinces.Add(hits[h].Entry);
        }
        return provinces;
    }
}
