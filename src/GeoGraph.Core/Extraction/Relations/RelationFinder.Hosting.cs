using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// "Niger hosts French and US troops", "accused Benin of hosting French bases", "had hosted the Hamas office": the
// guest's forces, bases or office are in the host's land. Talks, summits and visitors hosted put no one there.
internal static partial class RelationFinder
{
    private static readonly WordSet HostVerbs = ["hosts", "hosted", "hosting", "host"];

    private static readonly WordSet HostedPresence =
    [
        "troops", "forces", "soldiers", "bases", "base", "office", "offices", "headquarters", "fighters", "militants", "camps",
        "personnel", "garrison", "garrisons", "contingent", "presence", "leadership", "leaders", "bureau", "installations",
    ];

    // "the largest US air base", "several Russian military bases": words between the verb and the guest, and after it.
    private static readonly WordSet HostedModifiers =
    [
        "the", "a", "an", "its", "their", "several", "some", "two", "three", "largest", "main", "biggest", "military", "air",
        "naval", "political", "permanent", "thousands", "of", "hundreds", "foreign",
    ];

    /// <summary>"X hosts Y troops": Y is present in X, when X is a place.</summary>
    public static void Hosting(ArticleContext context, ClaimDraft claim)
    {
        if (!Holds(context, claim, HostVerbs))
            return;
        for (var k = claim.FirstToken; k + 2 < claim.EndToken; k++)
        {
            if (!context.IsAnyWord(k, HostVerbs) || context.MentionAt(k) is not null)
                continue;
            var guests = new List<EntityDraft>();
            var at = k + 1;
            while (at < claim.EndToken && at < k + 12)
            {
                if (context.MentionAt(at) is { Entity: { IsActor: true } guest } m && m.Form != MentionForm.Unnamed)
                {
                    guests.Add(guest);
                    at = m.EndToken;
                    // "U.S. troops": the abbreviation's last full stop is no sentence end.
                    if (at + 1 < claim.EndToken && context.Tokens[at].Is('.') && context.Tokens[at + 1] is { Kind: TokenKind.Word, Case: TokenCase.Lower })
                        at++;
                }
                else if (context.IsAnyWord(at, HostedModifiers) || guests.Count > 0 && (context.IsWord(at, "and") || context.Tokens[at].Is(',')))
                    at++;
                else
                    break;
            }
            if (guests.Count == 0 || !context.IsAnyWord(at, HostedPresence))
                continue;
            if (Subject(context, claim, k, RelationType.PresentIn, guests) is not { IsPlace: true } host)
                continue;
            var denied = DeniedAt(context, claim, k);
            foreach (var guest in guests.Where(g => g != host))
                AddRelation(claim, guest, RelationType.PresentIn, host, denied);
        }
    }
}
