using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// "FARC dissidents", "the ELN dissident faction": fighters who broke with a group are a group of their own, not the
/// group they left.
/// </summary>
internal static class DissidentGroups
{
    public static void Run(ArticleContext context)
    {
        if (!MentionsDissidents(context))
            return;
        // "the dissident Frente 33": the one group the article calls dissident is who "FARC dissidents" are.
        var described = context.Mentions.Where(m => m.Entity is { Kind: EntityKind.Group } && context.IsWord(m.FirstToken - 1, "dissident"))
            .Select(m => m.Entity!).Distinct().ToList();
        foreach (var m in context.Mentions.ToList())
        {
            if (m.Entity is not { Kind: EntityKind.Group } parent || m.Form != MentionForm.Name || !context.IsAnyWord(m.EndToken, Words.DissidentNouns))
                continue;
            var end = m.EndToken + 1;
            if (context.IsWord(m.EndToken, "dissident") && context.IsAnyWord(end, Words.FactionNouns))
                end++;
            else if (!context.IsWord(m.EndToken, "dissidents"))
                continue;
            var name = $"{context.Text(m.FirstToken, m.EndToken)} dissidents";
            var draft = context.Entities.Find(context.Text(m.FirstToken, end))
                        ?? (described is [var only] && only != parent ? only : context.Entities.Named(EntityKind.Group, name));
            draft.Category ??= "armed group";
            draft.AddAlias(context.Text(m.FirstToken, end));
            context.Add(new Mention(m.FirstToken, end, draft, MentionForm.Name));
            context.UnnameIfUnmentioned(parent);
        }
    }

    private static bool MentionsDissidents(ArticleContext context)
    {
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            if (context.Tokens[i].Length is 9 or 10 && context.Tokens[i].Key is "dissidents" or "dissident")
                return true;
        }
        return false;
    }
}
