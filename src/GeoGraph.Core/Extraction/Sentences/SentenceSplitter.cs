using System.Collections.Frozen;
using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction.Sentences;

/// <summary>
/// Splits a body into sentences. A full stop after an abbreviation ("Gen.", "Lt.", "Dr.") or an initial
/// ("U.S.", "J.") does not end one; a quotation stays whole across its inner full stops and across a
/// line break in mid-sentence; a line break ends a sentence otherwise (titles, captions, paragraphs).
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "brig", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
        "cmdr", "cdr", "gov", "sen", "rep", "st", "jr", "sr", "no", "nos", "vol", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "fr", "co", "inc", "ltd", "corp", "vs", "approx",
        "est", "dept", "mt", "ft", "supt", "insp", "amb", "pres", "lieut", "cdre", "pte", "hon", "messrs", "fig", "al",
    ], StringComparer.Ordinal);

    /// <summary>The sentences of <paramref name="text"/>, whose tokens are <paramref name="tokens"/>.</summary>
    public static List<Sentence> Split(string text, List<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        var quoteOpen = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            // "KYIV, Ukraine (AP) — Russian forces …": the dateline is not part of the article's first sentence.
            if (i == first && sentences.Count < 4 && DatelineDash(text, tokens, i) is var dash && dash > i)
            {
                sentences.Add(Make(sentences.Count, tokens, first, dash + 1));
                first = dash + 1;
                i = dash;
                continue;
            }
            var t = tokens[i];
            if (t.Is('"'))
                quoteOpen = !quoteOpen;
            if (i + 1 >= tokens.Count)
                break;
            var next = tokens[i + 1];
            var lineBreak = HasLineBreak(text, t.End, next.Start, out var paragraph);
            if (paragraph)
                quoteOpen = false;
            // Within a line only a mark can end a sentence: a word or number goes on without the checks.
            if ((lineBreak || t.Kind == TokenKind.Punctuation) && EndsHere(text, tokens, i, lineBreak, quoteOpen))
            {
                sentences.Add(Make(sentences.Count, tokens, first, i + 1));
                first = i + 1;
                if (lineBreak && !EndsWithTerminal(tokens, i))
                    quoteOpen = false;
            }
        }
        if (first < tokens.Count)
            sentences.Add(Make(sentences.Count, tokens, first, tokens.Count));
        return sentences;
    }

    private static bool EndsHere(string text, List<Token> tokens, int i, bool lineBreak, bool quoteOpen)
    {
        var terminal = EndsWithTerminal(tokens, i);
        if (lineBreak)
        {
            // A quotation or sentence broken across lines in mid-flow continues on the next line.
            var next = tokens[i + 1];
            if (terminal)
                return true;
            if (quoteOpen)
                return false;
            return !(next.Kind == TokenKind.Word && next.Case == TokenCase.Lower) && !IsContinuation(tokens[i]);
        }
        if (!terminal || quoteOpen)
            return false;
        var end = tokens[i];
        if (!end.Is('.') && !end.Is('!') && !end.Is('?') && !end.Is('"') && !end.Is('\'') && !end.Is(')'))
            return false;
        var after = tokens[i + 1];
        if (after.Is('"') || after.Is('\''))
            return true;
        if (after.Kind == TokenKind.Word && after.Case == TokenCase.Lower)
            return false;
        if (after.Kind == TokenKind.Punctuation && !after.Is('(') && !after.Is('['))
            return false;
        if (end.Is('.') && i > 0 && IsAbbreviation(text, tokens, i))
            return false;
        return after.Start > end.End;
    }

    // The dash that ends a dateline starting at token <paramref name="start"/>, or -1: a place in capitals, then
    // only commas, names, dates and a bracketed credit ("ADDIS ABABA, Ethiopia, Jan 4 (Reuters) -"), then a spaced dash.
    private static int DatelineDash(string text, List<Token> tokens, int start)
    {
        var first = tokens[start];
        if (first.Kind != TokenKind.Word || first.Case != TokenCase.AllCaps || first.Length < 3)
            return -1;
        var inBracket = false;
        for (var i = start + 1; i < tokens.Count && i <= start + 14; i++)
        {
            var t = tokens[i];
            if (HasLineBreak(text, tokens[i - 1].End, t.Start, out _))
                return -1;
            if (IsDash(t) && !inBracket && t.Start > tokens[i - 1].End)
            {
                // "--" is two tokens.
                var last = i + 1 < tokens.Count && tokens[i].Is('-') && tokens[i + 1].Is('-') && tokens[i + 1].Start == t.End ? i + 1 : i;
                // The article's first sentence starts after it, with a capital, a figure or a quote.
                return last + 1 < tokens.Count && tokens[last + 1].Start > tokens[last].End
                       && (tokens[last + 1].Kind == TokenKind.Word && tokens[last + 1].Case != TokenCase.Lower
                           || tokens[last + 1].Kind == TokenKind.Number || tokens[last + 1].Is('"'))
                    ? last
                    : -1;
            }
            // "DEIR AL-BALAH": a hyphen inside a place's name.
            if (t.Is('-') && t.Start == tokens[i - 1].End && i + 1 < tokens.Count && tokens[i + 1].Start == t.End)
                continue;
            if (t.Is('('))
                inBracket = true;
            else if (t.Is(')'))
                inBracket = false;
            else if (!inBracket && !(t.Is(',') || t.Is('/') || t.Is('.') || t.Kind == TokenKind.Number
                                     || t.Kind == TokenKind.Word && (t.Case != TokenCase.Lower)))
                return -1;
        }
        return -1;
    }

    private static bool IsDash(Token t) => t.Is('-') || t.Is('\u2014') || t.Is('\u2013');

    // The last token closes a sentence: ". ! ?", possibly followed by a closing quote or bracket.
    private static bool EndsWithTerminal(List<Token> tokens, int i)
    {
        var j = i;
        while (j > 0 && (tokens[j].Is('"') || tokens[j].Is('\'') || tokens[j].Is(')')))
            j--;
        return tokens[j].Is('.') || tokens[j].Is('!') || tokens[j].Is('?') || tokens[j].Is(':') && j < i;
    }

    private static bool IsContinuation(Token t) => t.Is(',') || t.Is('-') || t.Is(';') || t.Is('(');

    private static bool IsAbbreviation(string text, List<Token> tokens, int dot)
    {
        var before = tokens[dot - 1];
        if (before.End != tokens[dot].Start || before.Kind != TokenKind.Word)
            return false;
        // An initial ("J.", the "S." of "U.S."), or a listed abbreviation ("Gen.", "Lt.").
        if (before.Length == 1 && char.IsUpper(text[before.Start]))
            return true;
        return Abbreviations.Contains(before.Key) && before.Case != TokenCase.AllCaps;
    }

    private static bool HasLineBreak(string text, int from, int to, out bool paragraph)
    {
        var breaks = 0;
        for (var k = from; k < to; k++)
        {
            if (text[k] == '\n')
                breaks++;
        }
        paragraph = breaks >= 2;
        return breaks > 0;
    }

    private static Sentence Make(int index, List<Token> tokens, int first, int end) =>
        new(index, tokens[first].Start, tokens[end - 1].End, first, end);
}
