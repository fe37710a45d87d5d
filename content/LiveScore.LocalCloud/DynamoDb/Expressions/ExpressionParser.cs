using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Expressions;

/// <summary>
/// Recursive-descent parser for the DynamoDB expression languages. Placeholders are resolved while parsing so that
/// undefined and unused names and values are reported the way DynamoDB reports them.
/// </summary>
internal sealed class ExpressionParser
{
    private static readonly string[] Comparators = ["=", "<>", "<", "<=", ">", ">="];
    private static readonly string[] ConditionFunctions = ["attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains"];
    private static readonly string[] UpdateClauses = ["SET", "REMOVE", "ADD", "DELETE"];

    private readonly string text;
    private readonly string kind;
    private readonly ExpressionAttributes attributes;
    private readonly List<Token> tokens;
    private int position;
    private Condition? lastParenthesized;

    private ExpressionParser(string text, string kind, ExpressionAttributes attributes)
    {
        this.text = text;
        this.kind = kind;
        this.attributes = attributes;
        if (string.IsNullOrWhiteSpace(text)) throw Invalid("The expression can not be empty;");
        tokens = ExpressionLexer.Tokenize(text, at => Invalid($"Syntax error; token: \"{text[at]}\", near: \"{Near(at, at + 1)}\""));
    }

    public static Condition ParseCondition(string text, string kind, ExpressionAttributes attributes)
    {
        var parser = new ExpressionParser(text, kind, attributes);
        var condition = parser.ParseOr();
        parser.ExpectEnd();
        return condition;
    }

    public static IReadOnlyList<DocumentPath> ParseProjection(string text, ExpressionAttributes attributes)
    {
        var parser = new ExpressionParser(text, "ProjectionExpression", attributes);
        var paths = new List<DocumentPath> { parser.ParsePath() };
        while (parser.Accept(",")) paths.Add(parser.ParsePath());
        parser.ExpectEnd();
        parser.EnsureNoOverlap(paths);
        return paths;
    }

    public static UpdateExpression ParseUpdate(string text, ExpressionAttributes attributes)
    {
        var parser = new ExpressionParser(text, "UpdateExpression", attributes);
        var update = new UpdateExpression();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        do
        {
            var clause = parser.Current;
            if (clause.Kind != TokenKind.Identifier || !UpdateClauses.Contains(clause.Text, StringComparer.OrdinalIgnoreCase))
                throw parser.SyntaxError();
            if (!seen.Add(clause.Text))
                throw parser.Invalid($"The \"{clause.Text.ToUpperInvariant()}\" section can only be used once in an update expression;");
            parser.position++;
            do parser.ParseUpdateAction(clause.Text.ToUpperInvariant(), update);
            while (parser.Accept(","));
        }
        while (parser.Current.Kind != TokenKind.End);
        parser.EnsureNoOverlap(update.Paths.ToList());
        return update;
    }

    private void ParseUpdateAction(string clause, UpdateExpression update)
    {
        var path = ParsePath();
        switch (clause)
        {
            case "SET":
                Expect("=");
                update.Sets.Add((path, ParseSetValue()));
                break;
            case "REMOVE":
                update.Removes.Add(path);
                break;
            default:
                var operatorName = clause;
                if (Current.Kind != TokenKind.ValuePlaceholder) throw SyntaxError();
                var value = attributes.Value(Next().Text, kind);
                var allowed = clause == "ADD" ? value.Type == AttributeType.N || value.IsSet : value.IsSet;
                if (!allowed) throw Invalid($"Incorrect operand type for operator or function; operator: {operatorName}, operand type: {TypeName(value)}");
                (clause == "ADD" ? update.Adds : update.Deletes).Add((path, value));
                break;
        }
    }

    private Operand ParseSetValue()
    {
        var left = ParseSetOperand();
        if (!Current.Is("+") && !Current.Is("-")) return left;
        var subtract = Next().Text == "-";
        var right = ParseSetOperand();
        RequireConstantType(left, AttributeType.N, subtract ? "-" : "+");
        RequireConstantType(right, AttributeType.N, subtract ? "-" : "+");
        return new ArithmeticOperand(left, right, subtract);
    }

    private Operand ParseSetOperand()
    {
        if (IsFunctionCall("if_not_exists"))
        {
            position += 2;
            var path = ParsePath();
            Expect(",");
            var fallback = ParseSetValue();
            Expect(")");
            return new IfNotExistsOperand(path, fallback);
        }
        if (IsFunctionCall("list_append"))
        {
            position += 2;
            var first = ParseSetValue();
            Expect(",");
            var second = ParseSetValue();
            Expect(")");
            RequireConstantType(first, AttributeType.L, "list_append");
            RequireConstantType(second, AttributeType.L, "list_append");
            return new ListAppendOperand(first, second);
        }
        return ParseOperand();
    }

    private Condition ParseOr()
    {
        var left = ParseAnd();
        while (Accept("OR")) left = new OrCondition(left, ParseAnd());
        return left;
    }

    private Condition ParseAnd()
    {
        var left = ParseNot();
        while (Accept("AND")) left = new AndCondition(left, ParseNot());
        return left;
    }

    private Condition ParseNot() => Accept("NOT") ? new NotCondition(ParseNot()) : ParsePrimary();

    private Condition ParsePrimary()
    {
        if (Accept("("))
        {
            var inner = ParseOr();
            Expect(")");
            // ((a = :v)): the inner condition was parenthesized already and nothing joined it.
            if (ReferenceEquals(inner, lastParenthesized)) throw Invalid("The expression has redundant parentheses;");
            return lastParenthesized = inner;
        }
        foreach (var function in ConditionFunctions)
            if (IsFunctionCall(function)) return ParseFunction(function);

        var left = ParseOperand();
        if (Current.Kind == TokenKind.Symbol && Comparators.Contains(Current.Text))
        {
            var comparator = Next().Text;
            var right = ParseOperand();
            if (comparator is not ("=" or "<>")) { CheckOrderable(left, comparator); CheckOrderable(right, comparator); }
            return new ComparisonCondition(comparator, left, right);
        }
        if (Accept("BETWEEN"))
        {
            var lower = ParseOperand();
            Expect("AND");
            var upper = ParseOperand();
            foreach (var operand in new[] { left, lower, upper }) CheckOrderable(operand, "BETWEEN");
            if (lower.Constant is { } lo && upper.Constant is { } hi && lo.Type == hi.Type && lo.CompareTo(hi) > 0)
                throw Invalid("The BETWEEN operator requires upper bound to be greater than or equal to lower bound; " +
                    $"lower bound operand: AttributeValue: {{{lo.Type}:{Display(lo)}}}, upper bound operand: AttributeValue: {{{hi.Type}:{Display(hi)}}}");
            return new BetweenCondition(left, lower, upper);
        }
        if (Accept("IN"))
        {
            Expect("(");
            var candidates = new List<Operand> { ParseOperand() };
            while (Accept(",")) candidates.Add(ParseOperand());
            Expect(")");
            return new InCondition(left, candidates);
        }
        throw SyntaxError();
    }

    private Condition ParseFunction(string function)
    {
        position += 2;
        var arguments = new List<Operand> { ParseOperand() };
        while (Accept(",")) arguments.Add(ParseOperand());
        Expect(")");
        var expected = function is "attribute_exists" or "attribute_not_exists" ? 1 : 2;
        if (arguments.Count != expected)
            throw Invalid($"Incorrect number of operands for operator or function; operator or function: {function}, number of operands: {arguments.Count}");
        if (function is "attribute_exists" or "attribute_not_exists" or "attribute_type" && arguments[0] is not PathOperand)
            throw Invalid($"Operator or function requires a document path; operator or function: {function}");
        if (function == "begins_with")
            foreach (var argument in arguments)
                if (argument.Constant is { Type: not (AttributeType.S or AttributeType.B) } constant)
                    throw Invalid($"Incorrect operand type for operator or function; operator or function: {function}, operand type: {constant.Type}");
        if (function == "attribute_type" && arguments[1].Constant is { } typeName
            && (typeName.Type != AttributeType.S || !Enum.TryParse<AttributeType>(typeName.S, out _)))
            throw Invalid($"Invalid attribute type name found in type expression; type: {Display(typeName)}");
        return new FunctionCondition(function, arguments);
    }

    private Operand ParseOperand()
    {
        if (Current.Kind == TokenKind.ValuePlaceholder) return new ValueOperand(attributes.Value(Next().Text, kind));
        if (IsFunctionCall("size"))
        {
            position += 2;
            var path = ParsePath();
            Expect(")");
            return new SizeOperand(path);
        }
        if (Current.Kind == TokenKind.Identifier && Peek(1).Is("("))
        {
            var name = Current.Text;
            var known = ConditionFunctions.Contains(name) || name is "if_not_exists" or "list_append";
            throw Invalid(known
                ? $"The function is not allowed to be used this way in an expression; function: {name}"
                : $"Invalid function name; function: {name}");
        }
        return new PathOperand(ParsePath());
    }

    private DocumentPath ParsePath()
    {
        var elements = new List<PathElement> { new(ParseName(), 0) };
        while (true)
        {
            if (Accept(".")) elements.Add(new PathElement(ParseName(), 0));
            else if (Accept("["))
            {
                if (Current.Kind != TokenKind.Integer || !int.TryParse(Current.Text, out var index)) throw SyntaxError();
                position++;
                Expect("]");
                elements.Add(new PathElement(null, index));
            }
            else return new DocumentPath(elements);
        }
    }

    private string ParseName()
    {
        var token = Current;
        if (token.Kind == TokenKind.NamePlaceholder)
        {
            position++;
            return attributes.Name(token.Text, kind);
        }
        if (token.Kind != TokenKind.Identifier || IsKeyword(token)) throw SyntaxError();
        if (ReservedWords.Contains(token.Text))
            throw Invalid($"Attribute name is a reserved keyword; reserved keyword: {token.Text}");
        position++;
        return token.Text;
    }

    private static bool IsKeyword(Token token) =>
        token.Is("AND") || token.Is("OR") || token.Is("NOT") || token.Is("BETWEEN") || token.Is("IN");

    private void CheckOrderable(Operand operand, string comparator)
    {
        if (operand.Constant is { IsScalarKeyType: false } constant)
            throw Invalid($"Incorrect operand type for operator or function; operator or function: {comparator}, operand type: {constant.Type}");
    }

    // DynamoDB refuses a placeholder value of the wrong type before looking at the item.
    private void RequireConstantType(Operand operand, AttributeType expected, string function)
    {
        if (operand.Constant is { } constant && constant.Type != expected)
            throw Invalid($"Incorrect operand type for operator or function; operator or function: {function}, operand type: {constant.Type}");
    }

    private void EnsureNoOverlap(IReadOnlyList<DocumentPath> paths)
    {
        for (var i = 0; i < paths.Count; i++)
            for (var j = i + 1; j < paths.Count; j++)
                if (paths[i].Overlaps(paths[j]))
                    throw Invalid("Two document paths overlap with each other; must remove or rewrite one of these paths; " +
                        $"path one: {paths[i]}, path two: {paths[j]}");
    }

    private static string TypeName(AttributeValue value) => value.Type switch
    {
        AttributeType.S => "STRING",
        AttributeType.N => "NUMBER",
        AttributeType.B => "BINARY",
        AttributeType.BOOL => "BOOLEAN",
        AttributeType.NULL => "NULL",
        AttributeType.M => "MAP",
        AttributeType.L => "LIST",
        _ => value.Type.ToString(),
    };

    private static string Display(AttributeValue value) => value.Type switch
    {
        AttributeType.S => value.S,
        AttributeType.N => value.N.ToString(),
        _ => value.Type.ToString(),
    };

    private Token Current => tokens[position];

    private Token Peek(int ahead) => tokens[Math.Min(position + ahead, tokens.Count - 1)];

    private Token Next() => tokens[position++];

    private bool IsFunctionCall(string name) =>
        Current.Kind == TokenKind.Identifier && Current.Text == name && Peek(1).Is("(");

    private bool Accept(string symbolOrKeyword)
    {
        if (!Current.Is(symbolOrKeyword)) return false;
        position++;
        return true;
    }

    private void Expect(string symbolOrKeyword)
    {
        if (!Accept(symbolOrKeyword)) throw SyntaxError();
    }

    private void ExpectEnd()
    {
        if (Current.Kind != TokenKind.End) throw SyntaxError();
    }

    private DynamoDbException SyntaxError()
    {
        var token = Current;
        var from = position > 0 ? tokens[position - 1].Start : token.Start;
        var to = Peek(1).Kind == TokenKind.End ? text.Length : Peek(1).End;
        return Invalid($"Syntax error; token: \"{token}\", near: \"{Near(from, to)}\"");
    }

    private string Near(int from, int to) => text[from..Math.Min(to, text.Length)];

    private DynamoDbException Invalid(string detail) => DynamoDbException.Validation($"Invalid {kind}: {detail}");
}
