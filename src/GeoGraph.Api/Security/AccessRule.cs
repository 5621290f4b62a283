using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GeoGraph.Api.Security;

/// <summary>
/// Refuses root fields the caller's role does not reach: queries and subscriptions need reader,
/// mutations importer, and fields marked with <see cref="RequiredRoleKey"/> (curation) admin.
/// </summary>
internal sealed class AccessRule : ValidationRuleBase
{
    public const string RequiredRoleKey = "geograph.requiredRole";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var caller = context.UserContext as CallerContext;
        var (root, baseline) = context.Operation.Operation switch
        {
            OperationType.Mutation => ((IObjectGraphType?)context.Schema.Mutation, Role.Importer),
            OperationType.Subscription => (context.Schema.Subscription, Role.Reader),
            _ => (context.Schema.Query, Role.Reader),
        };
        foreach (var field in RootFields(context, context.Operation.SelectionSet))
        {
            var required = root?.GetField(field.Name.StringValue)?.GetMetadata<Role?>(RequiredRoleKey) ?? baseline;
            if (caller?.Has(required) == true)
                continue;
            var error = new ValidationError(context.Document.Source, "geograph-access",
                $"'{field.Name.StringValue}' needs the {RoleNames.Name(required)} role.", field)
            { Code = "FORBIDDEN" };
            context.ReportError(error);
        }
        return default;
    }

    private static IEnumerable<GraphQLField> RootFields(ValidationContext context, GraphQLSelectionSet selections)
    {
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var field in RootFields(context, inline.SelectionSet))
                        yield return field;
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name);
                    // Root fragments cannot nest back into themselves here: spreads of spreads are not followed.
                    foreach (var field in fragment?.SelectionSet.Selections.OfType<GraphQLField>() ?? [])
                        yield return field;
                    break;
            }
        }
    }
}
