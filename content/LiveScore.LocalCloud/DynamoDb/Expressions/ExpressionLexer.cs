namespace LiveScore.LocalCloud.DynamoDb.Expressions;

internal enum TokenKind { Identifier, NamePlaceholder, ValuePlaceholder, Integer, Symbol, End }

internal readonly record struct Token(TokenKind Kind, string Text, int Start)
{
    public int End => Start + Text.Length;

    public bool Is(string symbolOrKeyword) =>
        Kind is TokenKind.Symbol or TokenKind.Identifier && string.Equals(Text, symbolOrKeyword, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Kind == TokenKind.End ? "<EOF>" : Text;
}

/// <summary>Splits an expression into tokens; placeholders keep their leading # or :.</summary>
internal static class ExpressionLexer
{
    private static readonly string[] Symbols = ["<>", "<=", ">=", "=", "<", ">", "(", ")", "[", "]", ",", ".", "+", "-"];

    public static List<Token> Tokenize(string text, Func<int, Exception> invalidCharacter)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (c is '#' or ':')
            {
                i++;
                while (i < text.Length && IsWordCharacter(text[i])) i++;
                if (i == start + 1) throw invalidCharacter(start);
                tokens.Add(new Token(c == '#' ? TokenKind.NamePlaceholder : TokenKind.ValuePlaceholder, text[start..i], start));
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                tokens.Add(new Token(TokenKind.Integer, text[start..i], start));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && IsWordCharacter(text[i])) i++;
                tokens.Add(new Token(TokenKind.Identifier, text[start..i], start));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw invalidCharacter(start);
                i += symbol.Length;
                tokens.Add(new Token(TokenKind.Symbol, symbol, start));
            }
        }
        tokens.Add(new Token(TokenKind.End, "", text.Length));
        return tokens;
    }

    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
