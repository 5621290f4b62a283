using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// Two live claims that cannot both be right: <see cref="Asserting"/> asserts <see cref="Asserted"/>, and
/// <see cref="Opposing"/> either denies it (<see cref="ContradictionKind.Denial"/>, <see cref="Opposed"/> is the
/// denied relation) or asserts <see cref="Opposed"/>, its opposite (<see cref="ContradictionKind.Opposite"/>;
/// the asserting side holds the type listed first in <see cref="RelationOpposites.All"/>). A claim never
/// contradicts itself. Both claims carry their article, so both sources are at hand.
/// </summary>
public sealed record Contradiction(
    ContradictionKind Kind,
    Claim Asserting,
    RelationAssertion Asserted,
    Claim Opposing,
    RelationAssertion Opposed);
