using System.Globalization;

namespace GeoGraph.Core.Extraction.Tokens;

/// <summary>
/// Splits text into words, numbers and single punctuation characters, with offsets into the text and
/// keys folded for case and diacritics, so that gazetteer names and article text meet on one form.
/// </summary>
internal static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/>; keys the <paramref name="pool"/> knows are its strings.</summary>
    public static List<Token> Tokenize(string text, WordPool? pool = null)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || c == '\n' || c < 0x80 && c < ' ' || c >= 0x80 && (char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                i++;
                continue;
            }
            if (IsWordChar(c))
            {
                var start = i;
                var digitsOnly = true;
                var spelling = Spelling.AsciiLower;
                while (i < text.Length)
                {
                    var w = text[i];
                    if (char.IsAsciiLetter(w))
                    {
                        digitsOnly = false;
                        if (char.IsAsciiLetterUpper(w))
                            spelling |= Spelling.AsciiWithCapitals;
                    }
                    else if (char.IsAsciiDigit(w))
                    {
                    }
                    else if (w < 0x80 ? !IsInnerNumberSeparator(text, i, digitsOnly) : !IsWordChar(w))
                        break;
                    else if (w >= 0x80)
                    {
                        digitsOnly &= !char.IsLetter(w);
                        spelling = Spelling.NonAscii;
                    }
                    i++;
                }
                var span = text.AsSpan(start, i - start);
                var key = KeyOf(span, spelling, pool, out var word);
                // A word of lower-case ASCII letters and digits has no capital to look for.
                var wordCase = spelling == Spelling.AsciiLower ? TokenCase.Lower : CaseOf(span);
                tokens.Add(new Token(start, i - start, digitsOnly ? TokenKind.Number : TokenKind.Word, key, wordCase, word));
                continue;
            }
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            tokens.Add(new Token(i, length, TokenKind.Punctuation, PunctuationKey(c), TokenCase.Lower));
            i += length;
        }
        return tokens;
    }

    // What the scan saw of a word's characters, so that the key is built only as far as it has to be.
    private enum Spelling
    {
        AsciiLower = 0,
        AsciiWithCapitals = 1,
        NonAscii = 3,
    }

    /// <summary>The folded key of one word: lower case, ASCII where a fold exists; its pool number or -1.</summary>
    private static string KeyOf(ReadOnlySpan<char> word, Spelling spelling, WordPool? pool, out int number)
    {
        number = Token.Unnumbered;
        if (spelling == Spelling.NonAscii)
        {
            var folded = TextNormalizer.FoldToAscii(word.ToString()).ToLowerInvariant();
            return pool is null ? folded : pool.Intern(folded, out number);
        }
        // Most words of prose are written in lower case already: the text itself is the key.
        if (spelling == Spelling.AsciiLower)
            return pool is null ? new string(word) : pool.Intern(word, out number);
        if (pool is not null)
            return pool.InternAsciiLower(word, out number);
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        System.Text.Ascii.ToLower(word, lower, out _);
        return new string(lower);
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    // "1,200" and "3.5" stay one number; "2019." and "5, 6" do not.
    private static bool IsInnerNumberSeparator(string text, int i, bool digitsOnly) =>
        digitsOnly && text[i] is '.' or ',' && i > 0 && char.IsAsciiDigit(text[i - 1])
        && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);

    private static TokenCase CaseOf(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
            return TokenCase.Lower;
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return TokenCase.Capitalised;
            if (char.IsLetter(c))
                letters++;
        }
        return letters >= 2 ? TokenCase.AllCaps : TokenCase.Capitalised;
    }

    private static string PunctuationKey(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4' => "'",
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => "\"",
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => "-",
        _ => c < 128 ? AsciiKeys[c] : c.ToString(),
    };

    private static readonly string[] AsciiKeys = Enumerable.Range(0, 128).Select(i => ((char)i).ToString()).ToArray();
}
