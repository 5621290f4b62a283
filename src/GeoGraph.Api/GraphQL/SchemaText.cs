using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GeoGraph.Api.GraphQL;

/// <summary>The schema as SDL, exactly as <c>schema/geograph.graphql</c> holds it.</summary>
public static class SchemaText
{
    public static string Print(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
