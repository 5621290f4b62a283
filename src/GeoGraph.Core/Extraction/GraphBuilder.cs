using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction;

/// <summary>
/// Turns the drafts of one extraction into an <see cref="ArticleGraph"/> that keeps the stores' invariants:
/// every referenced id is listed once, every claim's text is the body at its span, no self-relations,
/// place relations only to places.
/// </summary>
internal static class GraphBuilder
{
    public static ArticleGraph Build(ArticleContext context, Article article, List<ClaimDraft> drafts, List<string> warnings)
    {
        var included = new Dictionary<EntityId, EntityDraft>();
        var order = new List<EntityDraft>();
        void Include(EntityDraft? e)
        {
            if (e is not null && included.TryAdd(e.Id, e))
                order.Add(e);
        }

        foreach (var e in context.Entities.All)
        {
            if (e.Named)
                Include(e);
        }

        var claims = new List<Claim>();
        foreach (var d in drafts)
        {
            var start = context.Tokens[d.SpanFirst].Start;
            var end = context.Tokens[d.EndToken - 1].End;
            var span = new TextSpan(start, end - start);
            var relations = d.Negated ? [] : Assertions(d.Relations);
            var denied = Assertions(d.Denied);
            denied.RemoveAll(relations.Contains);
            foreach (var r in d.Relations)
            {
                Include(r.From);
                Include(r.To);
            }
            foreach (var r in d.Denied)
            {
                Include(r.From);
                Include(r.To);
            }
            Include(d.Speaker.Entity);
            Include(d.ReportedBy);
            d.About.ForEach(Include);
            d.Places.ForEach(Include);
            claims.Add(new Claim(
                ClaimId.For(article.Id, start),
                article.Id,
                article.Body.Substring(span.Start, span.Length),
                span,
                d.Form,
                d.Speaker.Entity?.Id,
                d.Speaker.Description,
                d.ReportedBy?.Id,
                d.Hedged,
                d.Negated,
                Ids(d.About),
                Ids(d.Places),
                relations,
                article.ReportedAt,
                Denied: denied));
        }

        var entities = new List<Entity>();
        var names = ArticleNames(context);
        for (var i = 0; i < order.Count; i++)
        {
            var e = order[i];
            entities.Add(ToEntity(context, e, names, included, Include));
        }
        if (claims.Count == 0)
            warnings.Add("No attributed claims were found in the article.");
        return new ArticleGraph(article, entities, claims, warnings);
    }

    // Lists are a handful long: a linear Contains keeps them distinct without a set.
    private static List<RelationAssertion> Assertions(List<(EntityDraft From, RelationType Type, EntityDraft To)> drafts)
    {
        var list = new List<RelationAssertion>(drafts.Count);
        foreach (var (from, type, to) in drafts)
        {
            if (from == to || !from.IsActor || !(type.TargetsPlace() ? to.IsPlace : to.IsActor && to.Kind != EntityKind.Province))
                continue;
            var assertion = new RelationAssertion(from.Id, type, to.Id);
            if (!list.Contains(assertion))
                list.Add(assertion);
        }
        return list;
    }

    private static List<EntityId> Ids(List<EntityDraft> drafts)
    {
        var ids = new List<EntityId>(drafts.Count);
        foreach (var e in drafts)
        {
            if (!ids.Contains(e.Id))
                ids.Add(e.Id);
        }
        return ids;
    }

    private static Entity ToEntity(ArticleContext context, EntityDraft e, Dictionary<EntityDraft, string> articleNames, Dictionary<EntityId, EntityDraft> included,
        Action<EntityDraft?> include)
    {
        var name = e.Kind is EntityKind.Country ? e.Name : articleNames.GetValueOrDefault(e, e.Name);
        var known = e.AliasesInOrder;
        var aliases = new List<string>(known.Count + 1);
        foreach (var alias in known)
        {
            if (!string.Equals(alias, name, StringComparison.Ordinal))
                aliases.Add(alias);
        }
        if (name != e.Name && !aliases.Contains(e.Name, StringComparer.OrdinalIgnoreCase))
            aliases.Add(e.Name);
        switch (e.Kind)
        {
            case EntityKind.Country:
                return new Country(e.Id, e.Name, aliases, e.IsoCode ?? string.Empty);
            case EntityKind.Province:
                var country = context.Entities.Country(e.Entry?.Country) ?? throw new InvalidOperationException($"Province {e.Name} has no country.");
                include(country);
                return new Province(e.Id, name, aliases, e.IsoCode, country.Id);
            case EntityKind.Group:
                return new Group(e.Id, name, aliases, e.Category);
            case EntityKind.Official:
                include(e.Organisation);
                return new Official(e.Id, name, aliases, e.Title, e.Role, e.Organisation?.Id);
            default:
                // A country or parent the article never names stays out, so the graph lists only what it says.
                var nation = context.Entities.Country(e.CountryIso);
                var partOf = context.Entities.Listed(e.PartOf);
                return new Organisation(
                    e.Id, name, aliases, e.Category,
                    partOf is { Named: true } && included.ContainsKey(partOf.Id) ? partOf.Id : null,
                    nation is { Named: true } && included.ContainsKey(nation.Id) ? nation.Id : null);
        }
    }

    // "Armed Forces of Ukraine" where the gazetteer says "Ukrainian Armed Forces", "Andrés Manuel López Obrador" where it
    // folds the accents: an organisation, group or person is named as the article names it in full, so that a reader
    // finds the article's words; the id stays the listed one's, so articles still meet on one node. One pass over the
    // mentions: an entity named once by its own name keeps it.
    private static Dictionary<EntityDraft, string> ArticleNames(ArticleContext context)
    {
        var longest = new Dictionary<EntityDraft, string>();
        var ownName = new HashSet<EntityDraft>();
        foreach (var m in context.Mentions)
        {
            if (m.Entity is not { } e || m.Form != MentionForm.Name || ownName.Contains(e))
                continue;
            // Compared in place: most mentions use the entity's own name, and a string for each would cost an allocation.
            var first = context.IsWord(m.FirstToken, "the") && m.EndToken - m.FirstToken > 1 ? m.FirstToken + 1 : m.FirstToken;
            var start = context.Tokens[first].Start;
            var written = context.Body.AsSpan(start, context.Tokens[m.EndToken - 1].End - start);
            // 'Jean-Robert « Kodak » Pierre': a person's nickname is an alias, not part of the name.
            var surface = e.Kind == EntityKind.Official && written.Contains('"') ? Officials.PersonName.Text(context, first, m.EndToken, out _) : null;
            if ((surface is null ? written : surface.AsSpan()).Equals(e.Name, StringComparison.OrdinalIgnoreCase))
            {
                ownName.Add(e);
                longest.Remove(e);
                continue;
            }
            surface ??= written.ToString();
            // "Hodeidah governorate" where the gazetteer says "Al Hudaydah": a province keeps the article's spelling too,
            // without the type word after it ("Kunar", not "Kunar province").
            if (e.Kind == EntityKind.Province)
            {
                surface = WithoutTypeWord(surface);
                // "Kursk region" for "Kursk Oblast": the same name with another type word keeps the listed one.
                if (string.Equals(surface, WithoutTypeWord(e.Name, anyCase: true), StringComparison.OrdinalIgnoreCase))
                    continue;
            }
            if ((!longest.TryGetValue(e, out var known) || surface.Length > known.Length)
                && (IsFullName(surface) || e.Kind == EntityKind.Province && IsOneWordName(surface)))
                longest[e] = surface;
        }
        return longest;
    }

    private static string WithoutTypeWord(string surface, bool anyCase = false)
    {
        // "Salah al-Din" keeps its last word: only a type word goes, and a capitalised one only where it is plural
        // ("Kaduna and Kebbi States": every item's type word, no part of the last one's name).
        var space = surface.LastIndexOf(' ');
        if (space <= 0 || !Words.SubdivisionTypes.Contains(surface[(space + 1)..].ToLowerInvariant()))
            return surface;
        return char.IsLower(surface[space + 1]) || anyCase || surface.EndsWith('s') ? surface[..space] : surface;
    }

    // "Hodeidah", not "HODEIDAH" of a dateline nor "Lower Shabelle" (read as a full name).
    private static bool IsOneWordName(string surface) =>
        !surface.Contains(' ', StringComparison.Ordinal) && surface.Length > 2 && char.IsUpper(surface[0]) && surface.Any(char.IsLower);

    // Particles of transliterated names too: "Tehreek-e-Taliban", "Jamaat-ul-Ahrar", "Tehrik-i-Taliban".
    private static readonly HashSet<string> NameJoiners = new(["of", "for", "the", "and", "al", "el", "de", "del", "la", "in", "on", "bin", "ibn", "van", "von", "da", "du",
        "e", "i", "ul", "ud", "ut", "un", "wal", "ush", "ad", "as", "ar", "an"], StringComparer.Ordinal);

    private static readonly HashSet<string> NamePossessives = new(["People", "Women", "Children", "Men"], StringComparer.Ordinal);

    // A proper name of several words in title case: not "Mali's military", "the government", "Nigerien soldiers" or a
    // headline's capitals.
    private static bool IsFullName(string surface)
    {
        if (!surface.Contains(' ', StringComparison.Ordinal) || !surface.Any(char.IsLower))
            return false;
        foreach (var word in surface.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLetter(word[0]) && !char.IsUpper(word[0]) && !NameJoiners.Contains(word))
                return false;
            // "Iran's Revolutionary Guard" is a description; "Uganda People's Defence Forces" is a name.
            if (word.Replace('\u2019', '\'') is var plain && plain.EndsWith("'s", StringComparison.Ordinal) && !NamePossessives.Contains(plain[..^2]))
                return false;
        }
        return true;
    }
}
