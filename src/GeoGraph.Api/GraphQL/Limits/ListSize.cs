namespace GeoGraph.Api.GraphQL.Limits;

/// <summary>
/// How many items a list field returns at most, for the cost: a fixed bound, or the value of one of its
/// arguments (with the argument's default). Set as field metadata under <see cref="Key"/>.
/// </summary>
public sealed record ListSize(int Bound, string? Argument = null)
{
    public const string Key = "geograph.listSize";
}
