using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Contract.Support;

/// <summary>
/// Three short articles about the same actors, written for these tests. The third brings a denial of a
/// relation the first asserts, and a relation opposite to one it asserts itself.
/// </summary>
public static class SampleArticles
{
    public static readonly DateTimeOffset FirstDate = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SecondDate = new(2025, 4, 15, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ThirdDate = new(2025, 5, 20, 0, 0, 0, TimeSpan.Zero);

    public const string FirstBody =
        "The Coalition said the Northern Front is courting the Valley Movement. " +
        "Coalition spokeswoman Amina Reyes said the Northern Front is present in Upper Province. " +
        "\"We think they may be funding the Valley Movement,\" a Coalition official said. " +
        "The Valley Movement denied any contact with the Northern Front.";

    public const string SecondBody =
        "According to Coalition figures, the Northern Front is seeking an alliance with the Valley Movement. " +
        "The ministry said the Northern Front attacked the Harbour Brigade in Lower Province.";

    public const string ThirdBody =
        "The Valley Movement has cut ties with the Northern Front, a movement commander said. " +
        "The Harbour Brigade denied that the Northern Front supports the Valley Movement. " +
        "Local elders told Valley Radio the Northern Front is in contact with the Valley Movement in Lower Province.";

    public static GraphBuilder Actors(GraphBuilder builder) => builder
        .Country("Testland", "TL", "Testlandic")
        .Province("Upper Province", "TL-UP", "Testland", "Uppa")
        .Province("Lower Province", "TL-LO", "Testland")
        .Organisation("Coalition", ["The Coalition", "Coalition Forces"], category: "alliance")
        .Group("Northern Front", "NF", "Nördern Front")
        .Group("Valley Movement");

    public static ArticleGraph First() => Actors(new GraphBuilder(FirstBody, FirstDate, "Front courts movement", "Test Wire"))
        .Official("Amina Reyes", role: "spokeswoman", organisation: "Coalition")
        .Claim("the Northern Front is courting the Valley Movement", speaker: "Coalition",
            about: ["Northern Front", "Valley Movement"],
            relations: [("Northern Front", RelationType.SeeksAllianceWith, "Valley Movement")])
        .Claim("the Northern Front is present in Upper Province", speaker: "Amina Reyes",
            about: ["Northern Front"], places: ["Upper Province"],
            relations: [("Northern Front", RelationType.PresentIn, "Upper Province")])
        .Claim("We think they may be funding the Valley Movement", speaker: "Coalition", speakerDescription: "a Coalition official",
            form: ClaimForm.DirectQuote, hedged: true, about: ["Northern Front", "Valley Movement"],
            relations: [("Northern Front", RelationType.Supports, "Valley Movement")])
        .Claim("denied any contact with the Northern Front", speaker: "Valley Movement", negated: true,
            about: ["Valley Movement", "Northern Front"],
            relations: [("Valley Movement", RelationType.InContactWith, "Northern Front")],
            denied: [("Valley Movement", RelationType.InContactWith, "Northern Front")])
        .Build();

    public static ArticleGraph Second() => Actors(new GraphBuilder(SecondBody, SecondDate, "Front seeks alliance", "Other Wire"))
        .Group("Harbour Brigade")
        .Organisation("Interior Ministry", category: "ministry", country: "Testland")
        .Claim("the Northern Front is seeking an alliance with the Valley Movement", speaker: "Coalition",
            form: ClaimForm.AccordingTo, about: ["Northern Front", "Valley Movement"],
            relations: [("Northern Front", RelationType.SeeksAllianceWith, "Valley Movement")])
        .Claim("the Northern Front attacked the Harbour Brigade in Lower Province", speaker: "Interior Ministry",
            about: ["Northern Front", "Harbour Brigade"], places: ["Lower Province"],
            relations: [("Northern Front", RelationType.Attacks, "Harbour Brigade")])
        .Build();

    public static ArticleGraph Third() => Actors(new GraphBuilder(ThirdBody, ThirdDate, "Movement cuts ties with Front", "Test Wire"))
        .Group("Harbour Brigade")
        .Organisation("Valley Radio", category: "news outlet")
        .Claim("The Valley Movement has cut ties with the Northern Front", speaker: "Valley Movement", speakerDescription: "a movement commander",
            about: ["Valley Movement", "Northern Front"],
            relations: [("Valley Movement", RelationType.CutTiesWith, "Northern Front")])
        .Claim("denied that the Northern Front supports the Valley Movement", speaker: "Harbour Brigade", negated: true,
            about: ["Northern Front", "Valley Movement"],
            denied: [("Northern Front", RelationType.Supports, "Valley Movement")])
        .Claim("the Northern Front is in contact with the Valley Movement in Lower Province", speakerDescription: "local elders",
            reportedBy: "Valley Radio", about: ["Northern Front", "Valley Movement"], places: ["Lower Province"],
            relations: [("Northern Front", RelationType.InContactWith, "Valley Movement")])
        .Build();

    /// <summary>The one sample claim whose text contains <paramref name="words"/>.</summary>
    public static Claim ClaimContaining(string words) =>
        First().Claims.Concat(Second().Claims).Concat(Third().Claims).Single(c => c.Text.Contains(words, StringComparison.Ordinal));
}
