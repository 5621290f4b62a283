using GeoGraph.Core.Importing;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>An expected failure as payloads report it, whichever part of the service found it.</summary>
public sealed record UserError(string Code, string Message)
{
    public static UserError[] From(ImportError? error) => error is null ? [] : [new(error.Code, error.Message)];

    public static UserError[] From(CurationError? error) => error is null ? [] : [new(error.Code, error.Message)];
}
