using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Contract.Support;

/// <summary>The ids of the sample articles' entities.</summary>
public static class Ids
{
    public static readonly EntityId NorthernFront = new("group:northern-front");
    public static readonly EntityId ValleyMovement = new("group:valley-movement");
    public static readonly EntityId HarbourBrigade = new("group:harbour-brigade");
    public static readonly EntityId Coalition = new("org:coalition");
    public static readonly EntityId InteriorMinistry = new("org:interior-ministry");
    public static readonly EntityId ValleyRadio = new("org:valley-radio");
    public static readonly EntityId AminaReyes = new("official:amina-reyes");
    public static readonly EntityId Testland = new("country:testland");
    public static readonly EntityId UpperProvince = new("province:upper-province");
    public static readonly EntityId LowerProvince = new("province:lower-province");
    public static readonly EntityId Nobody = new("group:nobody");

    public static RelationKey Key(EntityId from, RelationType type, EntityId to) => new(from, type, to);
}
