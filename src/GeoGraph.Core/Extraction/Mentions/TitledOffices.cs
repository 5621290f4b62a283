using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// "The Attorney General's Office said", "the Prime Minister's Office": the office of a title holder is a body of the
/// state, named by the title.
/// </summary>
internal static class TitledOffices
{
    public static void Run(ArticleContext context)
    {
        foreach (var s in context.Sentences)
        {
            for (var i = s.FirstToken + 3; i < s.EndToken; i++)
            {
                if (!context.Tokens[i - 2].Is('\'') || !context.Tokens[i].IsCapitalised || !context.IsWord(i, "office") || !context.IsWord(i - 1, "s")
                    || context.MentionAt(i) is not null)
                    continue;
                var apostrophe = i - 2;
                for (var start = Math.Max(s.FirstToken, apostrophe - 4); start < apostrophe; start++)
                {
                    if (!context.Tokens[start].IsCapitalised || context.Gazetteer.Titles.Match(context.Tokens, start, apostrophe) is not { } title
                        || title.End != apostrophe || context.Covered(start, apostrophe))
                        continue;
                    var phrase = context.Text(start, i + 1);
                    var draft = context.Entities.Find(phrase) ?? context.Entities.Named(EntityKind.Organisation, phrase);
                    draft.Category ??= "government office";
                    draft.CountryIso ??= context.HomeCountry();
                    context.Add(new Mention(start, i + 1, draft, MentionForm.Name));
                    break;
                }
            }
        }
    }
}
