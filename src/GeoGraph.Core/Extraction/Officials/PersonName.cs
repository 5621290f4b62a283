using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction.Officials;

/// <summary>Reads personal names: runs of capitalised words with particles ("Abu Bakr al-Baghdadi", "Sediq Sediqqi").</summary>
internal static class PersonName
{
    /// <summary>The end of the name starting at <paramref name="i"/>, or <paramref name="i"/> when none starts there.</summary>
    public static int EndOf(ArticleContext context, int i, int end, int maxWords = 5)
    {
        var words = 0;
        var last = i;
        var j = i;
        while (j < end && words < maxWords)
        {
            var t = context.Tokens[j];
            // A title inside a run of capitals ("Darfur Governor Minni Minnawi") ends what came before it.
            if (words > 0 && t.IsCapitalised && context.Gazetteer.Titles.StartsWith(t) && context.Gazetteer.Titles.Match(context.Tokens, j, end) is not null
                && Words.InstitutionWords.Contains(t, context.Gazetteer.Words) is false && !Words.NameParticles.Contains(t, context.Gazetteer.Words))
                return i;
            if (context.MentionAt(j) is not null || Words.InstitutionWords.Contains(t, context.Gazetteer.Words))
                return words > 0 && Words.InstitutionWords.Contains(t, context.Gazetteer.Words) ? i : words == 0 ? i : last;
            // "IK Muivah": initials in capitals before a surname.
            var initials = words == 0 && t.Kind == TokenKind.Word && t.Case == TokenCase.AllCaps && t.Length == 2 && j + 1 < end
                           && context.Tokens[j + 1] is { Kind: TokenKind.Word, Case: not TokenCase.AllCaps, IsCapitalised: true } && context.MentionAt(j + 1) is null
                           && !context.Gazetteer.Titles.StartsWith(context.Tokens[j + 1]);
            if (t.Kind == TokenKind.Word && t.IsCapitalised && (t.Case != TokenCase.AllCaps || t.Length > 3 || initials)
                && !(Words.NotNames.Contains(t, context.Gazetteer.Words) && !((words > 0 || j + 1 < end && context.Tokens[j + 1].Is('-')) && t.Key is "al" or "el")
                     && !MonthAsSurname(context, j, end, words)))
            {
                words++;
                j++;
                last = j;
                continue;
            }
            if (words > 0 && t.Kind == TokenKind.Word && Words.NameParticles.Contains(t, context.Gazetteer.Words) && j + 1 < end)
            {
                j++;
                continue;
            }
            if (words > 0 && (t.Is('-') || t.Is('\'')) && t.Start == context.Tokens[j - 1].End && j + 1 < end
                && context.Tokens[j + 1].Start == t.End)
            {
                // "Lee Seong-kweun", "Kim Jong-un": a given name's second syllable in lower case after a hyphen.
                if (t.Is('-') && context.Tokens[j + 1] is { Kind: TokenKind.Word, Case: TokenCase.Lower } syllable && syllable.Length <= 6
                    && !Words.NameParticles.Contains(syllable, context.Gazetteer.Words))
                {
                    j += 2;
                    last = j;
                    continue;
                }
                j++;
                continue;
            }
            if (t.Is('.') && words > 0 && context.Tokens[j - 1].Length == 1)
            {
                j++;
                continue;
            }
            // 'Jean-Robert « Kodak » Pierre': a nickname in quotation marks between the given name and the surname.
            if (words > 0 && t.Is('"') && NicknameEnd(context, j, end) is var surname and > 0)
            {
                j = surname;
                continue;
            }
            break;
        }
        return words == 0 ? i : last;
    }

    // Where the surname after a quoted nickname opening at <paramref name="open"/> starts, or -1.
    private static int NicknameEnd(ArticleContext context, int open, int end)
    {
        var k = open + 1;
        while (k < end && k <= open + 3 && context.Tokens[k] is { Kind: TokenKind.Word, IsCapitalised: true })
            k++;
        return k > open + 1 && k + 1 < end && context.Tokens[k].Is('"') && context.Tokens[k + 1] is { Kind: TokenKind.Word, IsCapitalised: true }
               && context.MentionAt(k + 1) is null ? k + 1 : -1;
    }

    /// <summary>
    /// The name in tokens [first, end) as a person is called, without a quoted nickname inside it, which
    /// <paramref name="nickname"/> returns.
    /// </summary>
    public static string Text(ArticleContext context, int first, int end, out string? nickname)
    {
        nickname = null;
        for (var i = first + 1; i < end; i++)
        {
            if (!context.Tokens[i].Is('"'))
                continue;
            for (var k = i + 1; k < end; k++)
            {
                if (!context.Tokens[k].Is('"'))
                    continue;
                nickname = context.Text(i + 1, k);
                return context.Text(first, i) + " " + context.Text(k + 1, end);
            }
        }
        return context.Text(first, end);
    }

    // "Theresa May said": a month after a given name is a surname, unless a day's number follows ("on Friday May 3").
    private static bool MonthAsSurname(ArticleContext context, int j, int end, int words) =>
        words > 0 && context.IsAnyWord(j, Words.DateWords) && !context.IsAnyWord(j, Words.Weekdays) && !(j + 1 < end && context.Tokens[j + 1].Kind == TokenKind.Number);

    /// <summary>How many words the name in [first, end) has.</summary>
    public static int WordCount(ArticleContext context, int first, int end)
    {
        var n = 0;
        for (var i = first; i < end; i++)
        {
            if (context.Tokens[i].Kind == TokenKind.Word && context.Tokens[i].IsCapitalised)
                n++;
        }
        return n;
    }
}
