using GeoGraph.Core.Extraction;

namespace GeoGraph.Dashboard.Tests.Support;

/// <summary>
/// A few hundred news-like articles written from templates of actors, relations and attributions, with
/// publication dates spread over 40 weeks. They go through the real import path, so the graph the
/// dashboard shows is what extraction made of them.
/// </summary>
public static class GeneratedCorpus
{
    /// <summary>
    /// The relations the corpus reports, by region, with a few ties across regions through al-Qaeda and
    /// Islamic State; earlier entries are reported more often, so claim counts range from a handful to dozens.
    /// </summary>
    private static readonly (string Subject, string Template, string Object)[] Relations =
    [
        ("Taliban", "{0} is allied with {1}", "Haqqani network"),
        ("Islamic State Khorasan Province", "{0} fighters attacked {1} positions", "Taliban"),
        ("Hezbollah", "{0} is funding {1}", "Hamas"),
        ("ISWAP", "{0} fighters attacked {1} positions", "Boko Haram"),
        ("JNIM", "{0} fighters are present in {1} province", "Mopti"),
        ("Haqqani network", "{0} is funding {1}", "al-Qaeda"),
        ("Hay'at Tahrir al-Sham", "{0} controls much of {1} province", "Idlib"),
        ("Ansar Dine", "{0} is a branch of {1}", "JNIM"),
        ("Houthis", "{0} is funding {1}", "al-Shabaab"),
        ("Taliban", "{0} controls much of {1} province", "Helmand"),
        ("Syrian Democratic Forces", "{0} fighters attacked {1} positions", "Islamic State"),
        ("ISWAP", "{0} fighters are present in {1} province", "Borno"),
        ("Hamas", "{0} is allied with {1}", "Palestinian Islamic Jihad"),
        ("Islamic State Sahel Province", "{0} fighters attacked {1} positions", "JNIM"),
        ("Tehrik-i-Taliban Pakistan", "{0} is in touch with {1}", "Taliban"),
        ("Hay'at Tahrir al-Sham", "{0} has split from {1}", "al-Qaeda"),
        ("Islamic State Khorasan Province", "{0} fighters are present in {1} province", "Nangarhar"),
        ("al-Shabaab", "{0} is a branch of {1}", "al-Qaeda"),
        ("Macina Liberation Front", "{0} is a branch of {1}", "JNIM"),
        ("ISWAP", "{0} has split from {1}", "Boko Haram"),
        ("Hezbollah", "{0} is allied with {1}", "Palestinian Islamic Jihad"),
        ("Hay'at Tahrir al-Sham", "{0} fighters attacked {1} positions", "Syrian Democratic Forces"),
        ("JNIM", "{0} is a branch of {1}", "al-Qaeda"),
        ("Islamic State", "{0} fighters attacked {1} positions", "al-Qaeda"),
        ("Kurdistan Workers' Party", "{0} is in touch with {1}", "Syrian Democratic Forces"),
        ("Houthis", "{0} is in touch with {1}", "Hezbollah"),
        ("Ansaru", "{0} is in touch with {1}", "al-Qaeda"),
        ("al-Qaeda", "{0} fighters are present in {1} province", "Kunar"),
        ("Taliban", "{0} is funding {1}", "Tehrik-i-Taliban Pakistan"),
        ("Islamic State Khorasan Province", "{0} is a branch of {1}", "Islamic State"),
        ("ISWAP", "{0} is a branch of {1}", "Islamic State"),
        ("Syrian Democratic Forces", "{0} fighters are present in {1} province", "Aleppo"),
        ("Hay'at Tahrir al-Sham", "{0} is negotiating with {1}", "Syrian Democratic Forces"),
        ("al-Qaeda", "{0} has blamed {1} for the bombing", "Islamic State"),
        ("Boko Haram", "{0} fighters are present in {1} province", "Yobe"),
        ("al-Qaeda", "{0} is in touch with {1}", "Hay'at Tahrir al-Sham"),
        ("Islamic State Sahel Province", "{0} is a branch of {1}", "Islamic State"),
        ("Taliban", "{0} fighters attacked {1} positions", "Islamic State Khorasan Province"),
    ];

    private static readonly (string Organisation, string Title, string Person)[] Spokespeople =
    [
        ("Pentagon", "spokesman", "John Kirby"), ("NATO", "spokeswoman", "Oana Lungescu"), ("United Nations", "spokesman", "Stephane Dujarric"),
        ("African Union", "spokesman", "Ebba Kalondo"), ("European Union", "spokesman", "Peter Stano"),
    ];

    private static readonly string[] Bodies = ["NATO", "United Nations", "African Union", "ECOWAS", "UNAMA", "European Union"];

    private static readonly string[] Outlets = ["Reuters", "Associated Press", "Al Jazeera", "BBC", "Tolo News", "Agence France-Presse"];

    public static DateTimeOffset FirstWeek { get; } = new(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);

    public static IEnumerable<ArticleInput> Articles(int count, int seed = 6)
    {
        var random = new Random(seed);
        var weights = Relations.Select((_, i) => 1 / Math.Pow(i + 1, 0.9)).ToArray();
        for (var i = 0; i < count; i++)
        {
            var outlet = Pick(random, Outlets);
            var published = FirstWeek.AddDays(random.Next(40 * 7)).AddHours(random.Next(24));
            var sentences = Enumerable.Range(0, random.Next(3, 6)).Select(_ => Sentence(random, weights, outlet)).ToList();
            yield return new ArticleInput(string.Join("\n", sentences), Title: $"Briefing {i + 1}: {sentences[0].Split(',')[0].Trim('"')}",
                Url: $"https://news.example/{i + 1}", Outlet: outlet, PublishedAt: published);
        }
    }

    private static string Sentence(Random random, double[] weights, string outlet)
    {
        var (subject, template, target) = Relations[Weighted(random, weights)];
        var statement = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, subject, target);
        return Attributed(random, statement, outlet, hedged: random.Next(5) == 0);
    }

    private static int Weighted(Random random, double[] weights)
    {
        var at = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            at -= weights[i];
            if (at <= 0)
                return i;
        }
        return weights.Length - 1;
    }

    private static string Attributed(Random random, string statement, string outlet, bool hedged)
    {
        var (organisation, title, person) = Pick(random, Spokespeople);
        var body = Pick(random, Bodies);
        return (random.Next(4), hedged) switch
        {
            (_, true) => $"\"We believe {Lower(statement)},\" {organisation} {title} {person} told {outlet}.",
            (0, _) => $"{statement}, a {body} official said.",
            (1, _) => $"According to {body}, {Lower(statement)}.",
            (2, _) => $"{person}, {organisation} {title}, said that {Lower(statement)}.",
            _ => $"\"{statement},\" {organisation} {title} {person} told {outlet}.",
        };
    }

    private static string Lower(string statement) =>
        statement.StartsWith("Houthis", StringComparison.Ordinal) || statement.StartsWith("Taliban", StringComparison.Ordinal) ? "the " + statement : statement;

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
