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
            var t = tokens[i];
            if (t.Is('"'))
                quoteOpen = !quoteOpen;
            if (i + 1 >= tokens.Count)
                break;
            var next = tokens[i + 1];
            var lineBreak = HasLineBreak(text, t.End, next.Start, out var paragraph);
            if (paragraph)
                quoteOpen = false;
            if (EndsHere(text, tokens, i, lineBreak, quoteOpen))
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
