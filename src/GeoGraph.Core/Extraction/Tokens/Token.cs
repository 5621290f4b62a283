namespace GeoGraph.Core.Extraction.Tokens;

/// <summary>A token of a text: where it is, what it is and its folded key ("Paktiyā" → "paktiya").</summary>
/// <param name="Key">Lower-case ASCII fold of a word or number; the character itself for punctuation.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, string Key, TokenCase Case)
{
    /// <summary>The offset just past the token.</summary>
    public int End => Start + Length;

    /// <summary>Whether this is the punctuation character <paramref name="c"/>.</summary>
    public bool Is(char c) => Kind == TokenKind.Punctuation && Key.Length == 1 && Key[0] == c;

    /// <summary>Whether this is a word or number (something a name can be made of).</summary>
    public bool IsWordLike => Kind != TokenKind.Punctuation;

    /// <summary>Whether the word starts with a capital letter (or is all capitals).</summary>
    public bool IsCapitalised => Case is TokenCase.Capitalised or TokenCase.AllCaps;
}
