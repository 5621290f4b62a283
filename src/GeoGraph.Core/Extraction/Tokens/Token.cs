namespace GeoGraph.Core.Extraction.Tokens;

/// <summary>A token of a text: where it is, what it is and its folded key ("Paktiyā" → "paktiya").</summary>
/// <param name="Key">Lower-case ASCII fold of a word or number; the character itself for punctuation.</param>
/// <param name="Word">
/// The key's number in the gazetteer's <see cref="WordPool"/>, -1 when no list has it, <see cref="Unnumbered"/>
/// when the text was tokenised without a pool.
/// </param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, string Key, TokenCase Case, int Word = Token.Unnumbered)
{
    /// <summary>The <see cref="Word"/> of a token read without a pool: its number is still to be looked up.</summary>
    public const int Unnumbered = int.MinValue;

    /// <summary>The offset just past the token.</summary>
    public int End => Start + Length;

    // A punctuation token's one character, kept in the token: the rules ask Is(',') of most tokens they pass, and the
    // answer is then read without going to the key's string. '\0' for words and numbers.
    private readonly char _mark = Kind == TokenKind.Punctuation && Key.Length == 1 ? Key[0] : '\0';

    /// <summary>Whether this is the punctuation character <paramref name="c"/>.</summary>
    public bool Is(char c) => _mark == c && c != '\0';

    /// <summary>Whether this is a word or number (something a name can be made of).</summary>
    public bool IsWordLike => Kind != TokenKind.Punctuation;

    /// <summary>Whether the word starts with a capital letter (or is all capitals).</summary>
    public bool IsCapitalised => Case is TokenCase.Capitalised or TokenCase.AllCaps;
}
