using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GeoGraph.Api.GraphQL.Limits;

/// <summary>
/// What an operation would cost before it runs: selection depth, aliases, root fields and a field cost in
/// which each field counts 1, times the page size of every list it sits under (<c>first</c>, else the
/// default page size for connections, else a default list size for plain lists).
/// </summary>
internal sealed class OperationShape
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments;
    private readonly ISchema _schema;
    private readonly Func<GraphQLValue, int?> _intValue;
    private readonly int _defaultPageSize;
    private readonly int _defaultListSize;

    private OperationShape(GraphQLDocument document, ISchema schema, Func<GraphQLValue, int?> intValue, int defaultPageSize, int defaultListSize)
    {
        _fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());
        _schema = schema;
        _intValue = intValue;
        _defaultPageSize = defaultPageSize;
        _defaultListSize = defaultListSize;
    }

    public int Depth { get; private set; }

    public int Aliases { get; private set; }

    public int RootFields { get; private set; }

    public double Cost { get; private set; }

    public static OperationShape Measure(
        GraphQLDocument document,
        GraphQLOperationDefinition operation,
        ISchema schema,
        Func<GraphQLValue, int?> intValue,
        int defaultPageSize,
        int defaultListSize)
    {
        var shape = new OperationShape(document, schema, intValue, defaultPageSize, defaultListSize);
        IComplexGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        shape.RootFields = shape.Fields(operation.SelectionSet, []).Count();
        shape.Walk(operation.SelectionSet, root, depth: 1, multiplier: 1, []);
        return shape;
    }

    private void Walk(GraphQLSelectionSet selections, IComplexGraphType? parent, int depth, double multiplier, HashSet<string> fragmentPath)
    {
        foreach (var (field, owner) in Fields(selections, fragmentPath, parent))
        {
            // Introspection has its own switch; its deep type references are not the data's cost.
            if (field.Name.StringValue.StartsWith("__", StringComparison.Ordinal))
                continue;
            Depth = Math.Max(Depth, depth);
            if (field.Alias is not null)
                Aliases++;
            Cost += multiplier;
            if (field.SelectionSet is null)
                continue;
            var definition = owner?.GetField(field.Name.StringValue);
            var type = Unwrap(definition?.ResolvedType, out var isList);
            var factor = ListFactor(field, definition, type, owner, isList);
            Walk(field.SelectionSet, type as IComplexGraphType, depth + 1, multiplier * factor, fragmentPath);
        }
    }

    private double ListFactor(GraphQLField field, FieldType? definition, IGraphType? type, IComplexGraphType? owner, bool isList)
    {
        if (definition?.GetMetadata<ListSize?>(ListSize.Key) is { } size)
        {
            var given = size.Argument is null ? null : field.Arguments?.FirstOrDefault(a => a.Name.StringValue == size.Argument);
            return given is not null && _intValue(given.Value) is { } value ? Math.Clamp(value, 1, size.Bound) : size.Bound;
        }
        var first = field.Arguments?.FirstOrDefault(a => a.Name.StringValue == "first");
        if (first is not null && _intValue(first.Value) is { } requested)
            return Math.Max(requested, 1);
        if (type?.Name.EndsWith("Connection", StringComparison.Ordinal) == true)
            return _defaultPageSize;
        // Edges and nodes of a connection were already counted by the connection's page size.
        if (owner?.Name.EndsWith("Connection", StringComparison.Ordinal) == true)
            return 1;
        return isList ? _defaultListSize : 1;
    }

    private IEnumerable<(GraphQLField Field, IComplexGraphType? Owner)> Fields(GraphQLSelectionSet selections, HashSet<string> fragmentPath, IComplexGraphType? owner = null)
    {
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return (field, owner);
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var item in Fields(inline.SelectionSet, fragmentPath, TypeOf(inline.TypeCondition) ?? owner))
                        yield return item;
                    break;
                case GraphQLFragmentSpread spread when _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                                                       && fragmentPath.Add(fragment.FragmentName.Name.StringValue):
                    // A fragment that spreads itself is a validation error of its own; it is walked once here.
                    foreach (var item in Fields(fragment.SelectionSet, fragmentPath, TypeOf(fragment.TypeCondition) ?? owner))
                        yield return item;
                    fragmentPath.Remove(fragment.FragmentName.Name.StringValue);
                    break;
            }
        }
    }

    private IComplexGraphType? TypeOf(GraphQLTypeCondition? condition) =>
        condition is null ? null : _schema.AllTypes[condition.Type.Name.StringValue] as IComplexGraphType;

    private static IGraphType? Unwrap(IGraphType? type, out bool isList)
    {
        isList = false;
        while (type is IProvideResolvedType wrapper)
        {
            if (type is ListGraphType)
                isList = true;
            type = wrapper.ResolvedType;
        }
        return type;
    }
}
