using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// "the ELN's Domingo Laín Front", "its Jamaat-ul-Ahrar faction", "the Islamic State's Khorasan branch (ISKP)": a unit
// named as an actor's own is part of it.
internal static partial class RelationFinder
{
    private static readonly WordSet UnitNouns =
    [
        "faction", "wing", "branch", "unit", "cell", "brigade", "battalion", "division", "regiment", "front", "command",
        "corps", "affiliate", "offshoot", "arm",
    ];

    private static readonly WordSet UnitOwners = ["its", "their"];

    /// <summary>A unit the claim names as an actor's own ("X's Y Front", "its Y faction", "X's Z branch (Y)"): Y is part of X.</summary>
    public static void OwnUnits(ArticleContext context, ClaimDraft claim)
    {
        for (var i = claim.FirstToken; i + 2 < claim.EndToken; i++)
        {
            EntityDraft? owner;
            int unitAt;
            if (context.IsAnyWord(i, UnitOwners) && context.MentionAt(i) is null)
            {
                owner = null;
                unitAt = i + 1;
            }
            else if (context.MentionAt(i) is { Entity: { IsActor: true, Kind: EntityKind.Group or EntityKind.Organisation } possessor, Form: MentionForm.Name } p
                     && p.FirstToken == i && p.EndToken + 1 < claim.EndToken && context.Tokens[p.EndToken].Is('\'') && context.IsWord(p.EndToken + 1, "s"))
            {
                owner = possessor;
                unitAt = p.EndToken + 2;
                i = p.EndToken - 1;
            }
            else
                continue;
            if (UnitAt(context, claim.EndToken, unitAt) is not { } unit || unit == owner)
                continue;
            owner ??= SpeakerSide(claim) is { Kind: EntityKind.Group or EntityKind.Organisation } side ? side : null;
            if (owner is not null && owner != unit)
                AddRelation(claim, unit, RelationType.PartOf, owner, denied: false);
        }
    }

    // The named unit at <paramref name="at"/>: a group or body whose name ends in a unit noun ("Domingo Laín Front"),
    // one followed by such a noun ("Jamaat-ul-Ahrar faction"), or one in brackets after it ("Khorasan branch (ISKP)").
    private static EntityDraft? UnitAt(ArticleContext context, int end, int at)
    {
        if (context.MentionAt(at) is { Entity: { Kind: EntityKind.Group or EntityKind.Organisation } named, Form: MentionForm.Name } m && m.FirstToken == at)
            return context.IsAnyWord(m.EndToken - 1, UnitNouns) || context.IsAnyWord(m.EndToken, UnitNouns) ? named : null;
        for (var k = at; k < end && k < at + 4; k++)
        {
            // "the Islamic State's Somalia branch": a place may qualify the unit, an actor may not.
            if (context.MentionAt(k) is { Entity: { IsActor: true, IsPlace: false } })
                return null;
            if (!context.IsAnyWord(k, UnitNouns))
                continue;
            return k + 3 < end && context.Tokens[k + 1].Is('(') && context.Tokens[k + 3].Is(')')
                   && context.MentionAt(k + 2) is { Entity: { Kind: EntityKind.Group or EntityKind.Organisation } bracketed } ? bracketed : null;
        }
        return null;
    }
}
