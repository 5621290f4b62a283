using System.Globalization;
using System.Text;

namespace GeoGraph.Testing;

/// <summary>
/// Generates any number of news-style articles about real actor names (from the gazetteers' common
/// entries), each reporting several attributed statements that assert relations. Deterministic for a
/// seed, so benchmarks and browser tests see the same corpus every run. The text goes through the real
/// import path; nothing is written to a store directly.
/// </summary>
public sealed class SyntheticCorpus(int seed = 7)
{
    private static readonly string[] Groups =
    [
        "the Taliban", "al-Qaeda", "the Haqqani network", "Islamic State", "al-Shabaab", "Boko Haram", "ISWAP", "JNIM",
        "the Houthis", "Hezbollah", "Hamas", "Hayat Tahrir al-Sham", "the PKK", "the Wagner Group", "the ELN", "Abu Sayyaf",
        "Tehrik-i-Taliban Pakistan", "the Baloch Liberation Army", "M23", "the Rapid Support Forces", "Lashkar-e-Taiba", "Kataib Hezbollah",
    ];

    private static readonly string[] Organisations =
    [
        "NATO", "the United Nations", "the African Union", "the European Union", "UNICEF", "the World Health Organization",
        "ECOWAS", "the Arab League", "Interpol", "Amnesty International", "Human Rights Watch", "the International Committee of the Red Cross",
    ];

    private static readonly (string Province, string Country)[] Places =
    [
        ("Kunar", "Afghanistan"), ("Paktika", "Afghanistan"), ("Kandahar", "Afghanistan"), ("Helmand", "Afghanistan"), ("Nangarhar", "Afghanistan"),
        ("Borno", "Nigeria"), ("Yobe", "Nigeria"), ("Adamawa", "Nigeria"), ("Idlib", "Syria"), ("Aleppo", "Syria"), ("Deir ez-Zor", "Syria"),
        ("Marib", "Yemen"), ("Hodeidah", "Yemen"), ("Sulu", "Philippines"), ("Cabo Delgado", "Mozambique"), ("North Kivu", "Democratic Republic of the Congo"),
        ("Khyber Pakhtunkhwa", "Pakistan"), ("Balochistan", "Pakistan"), ("Norte de Santander", "Colombia"), ("Darfur", "Sudan"),
    ];

    private static readonly string[] Outlets = ["Reuters", "Agence France-Presse", "Al Jazeera", "the BBC", "The Associated Press", "Tolo News", "Anadolu Agency"];

    private static readonly string[] Titles = ["spokesman", "spokeswoman", "defence minister", "interior minister", "governor", "army spokesman", "foreign minister"];

    private static readonly string[] FirstNames = ["Ahmad", "Fatima", "John", "Maria", "Omar", "Aisha", "Daniel", "Leila", "Yusuf", "Grace", "Hassan", "Elena", "Karim", "Nadia", "Samuel", "Amina"];

    private static readonly string[] LastNames = ["Rahimi", "Okafor", "Haddad", "Mensah", "Karimi", "Santos", "Farouk", "Novak", "Abdi", "Qureshi", "Osei", "Duarte", "Nasser", "Bello", "Sultani", "Kovac"];

    private static readonly string[] ActorTemplates =
    [
        "{a} attacked {b} in {p} province",
        "{a} has been funding {b}",
        "{a} is trying to get closer to {b}",
        "{a} is in touch with {b}",
        "{a} cut ties with {b}",
        "{a} held peace talks with {b}",
        "{a} threatened to attack {b}",
        "{a} accused {b} of the bombing",
    ];

    private static readonly string[] PlaceTemplates = ["{a} is present in {p} province", "{a} seized control of {p} province"];

    private readonly Random _random = new(seed);

    /// <summary>The next <paramref name="count"/> articles, each with <paramref name="claimsPerArticle"/> statements.</summary>
    public IEnumerable<SyntheticArticle> Articles(int count, int claimsPerArticle = 8)
    {
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var published = start.AddHours(_random.Next(0, 2 * 365 * 24));
            var outlet = Pick(Outlets);
            var text = new StringBuilder();
            for (var c = 0; c < claimsPerArticle; c++)
                text.Append(Statement(outlet)).Append(c % 3 == 2 ? "\n\n" : " ");
            yield return new SyntheticArticle($"Report {i.ToString(CultureInfo.InvariantCulture)} on {Pick(Groups).Replace("the ", "", StringComparison.Ordinal)}", Capitalise(outlet), published, text.ToString().Trim());
        }
    }

    private string Statement(string outlet)
    {
        var a = Pick(Groups);
        var b = PickOther(a);
        var (province, country) = Pick(Places);
        var template = _random.Next(4) == 0 ? Pick(PlaceTemplates) : Pick(ActorTemplates);
        var content = template.Replace("{a}", a, StringComparison.Ordinal).Replace("{b}", b, StringComparison.Ordinal).Replace("{p}", province, StringComparison.Ordinal);
        var speaker = $"{Pick(FirstNames)} {Pick(LastNames)}";
        return _random.Next(4) switch
        {
            0 => $"{Capitalise(Pick(Organisations))} said that {content}.",
            1 => $"According to {Pick(Organisations)}, {content}.",
            2 => $"\"{Capitalise(content)},\" {country}'s {Pick(Titles)} {speaker} told {outlet}.",
            _ => $"{Capitalise(country)}'s {Pick(Titles)} {speaker} said {content}.",
        };
    }

    private string PickOther(string not)
    {
        string other;
        do
            other = _random.Next(3) == 0 ? Pick(Organisations) : Pick(Groups);
        while (other == not);
        return other;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
