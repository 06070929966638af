package regpy.parse;

import static regpy.tokenize.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import regpy.ast.Boolop;
import regpy.ast.Cmpop;
import regpy.ast.Expr;
import regpy.ast.ExprContext;
import regpy.ast.Operator;
import regpy.ast.Unaryop;
import regpy.ast.arguments;
import regpy.ast.comprehension;
import regpy.ast.keyword;
import regpy.code.Const;
import regpy.tokenize.Token;
import regpy.tokenize.Tokenizer;

/** Expressions: Grammar/python.gram from 'expressions' down to 'atom', comprehensions and calls. */
abstract class ExpressionParser extends ParserBase {
    static final ExprContext LOAD = ExprContext.Load;

    /** While > 0, the invalid_expression diagnosis is off (CPython's expression_without_invalid). */
    private int noInvalid;

    ExpressionParser(Tokenizer t) { super(t); }

    /** strings: one or more adjacent STRING / f-string literals. */
    abstract Expr strings();

    /** NUMBER token to a Constant. */
    abstract Expr number();

    /** Lambda parameters up to ':' (no annotations). */
    abstract arguments lambdaParameters();

    // ---- top-level forms --------------------------------------------------------------------------

    /** expressions: expression (',' expression)* [','] */
    final Expr expressions() {
        int s = p;
        Expr first = expression();
        if (!at(COMMA)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!startsExpression()) break;
            elts.add(expression());
        }
        return new Expr.Tuple(elts, LOAD, ln(s), co(s), eln(), eco());
    }

    /** star_expressions: star_expression (',' star_expression)* [','] */
    final Expr starExpressions() {
        int s = p;
        Expr first = starExpression();
        if (!at(COMMA)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!startsExpression() && !at(STAR)) break;
            elts.add(starExpression());
        }
        return new Expr.Tuple(elts, LOAD, ln(s), co(s), eln(), eco());
    }

    final Expr starExpression() {
        if (at(STAR)) {
            int s = p++;
            Expr v = bitwiseOr();
            return new Expr.Starred(v, LOAD, ln(s), co(s), eln(), eco());
        }
        return expression();
    }

    final Expr starNamedExpression() {
        if (at(STAR)) {
            int s = p++;
            Expr v;
            try {
                v = bitwiseOr();
            } catch (Fail f) {
                throw errorAtLastToken("Invalid star expression");
            }
            return new Expr.Starred(v, LOAD, ln(s), co(s), eln(), eco());
        }
        return namedExpression();
    }

    /** named_expression: NAME ':=' expression | expression !':=' */
    final Expr namedExpression() {
        if (atName() && atAhead(1, COLONEQUAL)) {
            int s = p;
            String id = name();
            Expr target = new Expr.Name(id, ExprContext.Store, ln(s), co(s), eln(), eco());
            p++;
            Expr value = expression();
            return new Expr.NamedExpr(target, value, ln(s), co(s), eln(), eco());
        }
        int s = p;
        Expr e = expression();
        if (at(COLONEQUAL)) invalidNamedExpression(e);
        if (at(EQUAL)) invalidEqualsInNamedExpression(s, e);
        return e;
    }

    /** named_expression without the '=' diagnosis (call arguments have their own). */
    final Expr namedExpressionInCall() {
        if (atName() && atAhead(1, COLONEQUAL)) return namedExpression();
        Expr e = expression();
        if (at(COLONEQUAL)) invalidNamedExpression(e);
        return e;
    }

    /** CPython's invalid_named_expression: 'x = 1' where a condition or element was expected. */
    private void invalidEqualsInNamedExpression(int s, Expr e) {
        int m = p, keep = furthest;
        p++;
        try {
            Expr rhs = bitwiseOr();
            if (at(EQUAL) || at(COLONEQUAL)) { p = m; return; }
            if (e instanceof Expr.Name && tokens.get(s).type == NAME)
                throw errorAtNodes("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, rhs);
            boolean excluded = e instanceof Expr.List || e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp
                    || e instanceof Expr.Constant c && (c.value() instanceof Boolean || c.value() == Const.NONE);
            if (!excluded && StatementParser.isBitwiseOrLevel(e))
                throw errorAtNode("cannot assign to " + Targets.describe(e) + " here. Maybe you meant '==' instead of '='?", e);
        } catch (Fail f) {
            // not this error
        }
        p = m;
        furthest = keep;
    }

    /** ':=' after something that is not a plain name. */
    void invalidNamedExpression(Expr e) {
        throw errorAtNode("cannot use assignment expressions with " + Targets.describe(e), e);
    }

    /** expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
    final Expr expression() {
        if (atKw("lambda")) return lambdef();
        int s = p;
        Expr body = disjunction();
        if (!atKw("if")) {
            if (noInvalid == 0 && startsExpression() && !atKw("not")) invalidExpression(s, body);
            return body;
        }
        int ifTok = p;
        p++;
        Expr test = disjunction();
        if (!acceptKw("else")) {
            if (at(COLON)) throw fail();
            throw errorAtNodes("expected 'else' after 'if' expression", body, test);
        }
        Expr orelse = expression();
        return new Expr.IfExp(test, body, orelse, ln(s), co(s), eln(), eco());
    }

    /**
     * An expression directly followed by another: Python 2's print/exec statements, or, inside
     * brackets, a forgotten comma (CPython's invalid_legacy_expression / invalid_expression).
     */
    private void invalidExpression(int s, Expr a) {
        Token first = tokens.get(s);
        boolean legacy = a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
        int m = p;
        if (legacy && !at(LPAR)) {
            try {
                Expr b = starExpressions();
                String id = ((Expr.Name) a).id();
                throw errorAtNodes("Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?", a, b);
            } catch (Fail f) {
                p = m;
                return;
            }
        }
        if (legacy) return;
        if (first.type == NAME && (tokens.get(s + 1).type == STRING || tokens.get(s + 1).type == FSTRING_START)) return;
        if (first.type == NAME && isSoftKeyword(first.string)) return;
        int level = tokens.get(p - 1).level;
        int keep = furthest;
        noInvalid++;
        try {
            // b is parsed even outside brackets, as CPython does (it may reach an unclosed bracket at EOF)
            Expr b = expression();
            if (level > 0) throw errorAtNodes("invalid syntax. Perhaps you forgot a comma?", a, b);
        } catch (Fail f) {
            // not this error
        } finally {
            noInvalid--;
        }
        p = m;
        furthest = keep;
    }

    static boolean isSoftKeyword(String s) {
        return s.equals("match") || s.equals("case") || s.equals("type") || s.equals("_");
    }

    final Expr lambdef() {
        int s = p;
        expectKw("lambda");
        arguments args = lambdaParameters();
        expect(COLON);
        Expr body = expression();
        return new Expr.Lambda(args, body, ln(s), co(s), eln(), eco());
    }

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
    final Expr yieldExpr() {
        int s = p;
        expectKw("yield");
        if (acceptKw("from")) {
            Expr v = expression();
            return new Expr.YieldFrom(v, ln(s), co(s), eln(), eco());
        }
        Expr v = startsExpression() || at(STAR) ? starExpressions() : null;
        return new Expr.Yield(v, ln(s), co(s), eln(), eco());
    }

    /** Whether the current token can begin an expression (used where an expression is optional). */
    final boolean startsExpression() {
        Token t = tok();
        switch (t.type) {
            case NAME:
                if (!KEYWORDS.contains(t.string)) return true;
                return switch (t.string) {
                    case "None", "True", "False", "lambda", "not", "await", "yield" -> true;
                    default -> false;
                };
            case NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, ELLIPSIS:
                return true;
            default:
                return false;
        }
    }

    // ---- boolean and comparison operators ---------------------------------------------------------

    final Expr disjunction() {
        int s = p;
        Expr first = conjunction();
        if (!atKw("or")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKw("or")) values.add(conjunction());
        return new Expr.BoolOp(Boolop.Or, values, ln(s), co(s), eln(), eco());
    }

    final Expr conjunction() {
        int s = p;
        Expr first = inversion();
        if (!atKw("and")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKw("and")) values.add(inversion());
        return new Expr.BoolOp(Boolop.And, values, ln(s), co(s), eln(), eco());
    }

    final Expr inversion() {
        if (atKw("not")) {
            int s = p++;
            Expr v = inversion();
            return new Expr.UnaryOp(Unaryop.Not, v, ln(s), co(s), eln(), eco());
        }
        return comparison();
    }

    final Expr comparison() {
        int s = p;
        Expr left = bitwiseOr();
        List<Cmpop> ops = null;
        List<Expr> comparators = null;
        while (true) {
            Cmpop op = compareOp();
            if (op == null) break;
            if (ops == null) { ops = new ArrayList<>(); comparators = new ArrayList<>(); }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        if (ops == null) return left;
        return new Expr.Compare(left, ops, comparators, ln(s), co(s), eln(), eco());
    }

    private Cmpop compareOp() {
        Token t = tok();
        switch (t.type) {
            case EQEQUAL: p++; return Cmpop.Eq;
            case NOTEQUAL: p++; return Cmpop.NotEq;
            case LESS: p++; return Cmpop.Lt;
            case LESSEQUAL: p++; return Cmpop.LtE;
            case GREATER: p++; return Cmpop.Gt;
            case GREATEREQUAL: p++; return Cmpop.GtE;
            case NAME:
                switch (t.string) {
                    case "in": p++; return Cmpop.In;
                    case "not":
                        if (atKwAhead(1, "in")) { p += 2; return Cmpop.NotIn; }
                        return null;
                    case "is":
                        p++;
                        if (acceptKw("not")) return Cmpop.IsNot;
                        return Cmpop.Is;
                    default: return null;
                }
            default: return null;
        }
    }

    // ---- binary operators -------------------------------------------------------------------------

    final Expr bitwiseOr() {
        int s = p;
        Expr l = bitwiseXor();
        while (at(VBAR)) { p++; Expr r = bitwiseXor(); l = bin(s, l, Operator.BitOr, r); }
        return l;
    }

    final Expr bitwiseXor() {
        int s = p;
        Expr l = bitwiseAnd();
        while (at(CIRCUMFLEX)) { p++; Expr r = bitwiseAnd(); l = bin(s, l, Operator.BitXor, r); }
        return l;
    }

    final Expr bitwiseAnd() {
        int s = p;
        Expr l = shiftExpr();
        while (at(AMPER)) { p++; Expr r = shiftExpr(); l = bin(s, l, Operator.BitAnd, r); }
        return l;
    }

    final Expr shiftExpr() {
        int s = p;
        Expr l = sum();
        while (true) {
            Operator op = at(LEFTSHIFT) ? Operator.LShift : at(RIGHTSHIFT) ? Operator.RShift : null;
            if (op == null) return l;
            p++;
            l = bin(s, l, op, sum());
        }
    }

    final Expr sum() {
        int s = p;
        Expr l = term();
        while (true) {
            Operator op = at(PLUS) ? Operator.Add : at(MINUS) ? Operator.Sub : null;
            if (op == null) return l;
            p++;
            if (atKw("not")) notAfterOperator();
            l = bin(s, l, op, term());
        }
    }

    final Expr term() {
        int s = p;
        Expr l = factor();
        while (true) {
            Operator op = switch (type()) {
                case STAR -> Operator.Mult;
                case SLASH -> Operator.Div;
                case DOUBLESLASH -> Operator.FloorDiv;
                case PERCENT -> Operator.Mod;
                case AT -> Operator.MatMult;
                default -> null;
            };
            if (op == null) return l;
            p++;
            if (atKw("not")) notAfterOperator();
            l = bin(s, l, op, factor());
        }
    }

    final Expr factor() {
        Unaryop op = switch (type()) {
            case PLUS -> Unaryop.UAdd;
            case MINUS -> Unaryop.USub;
            case TILDE -> Unaryop.Invert;
            default -> null;
        };
        if (op == null) return power();
        int s = p++;
        if (atKw("not")) notAfterOperator();
        Expr v = factor();
        return new Expr.UnaryOp(op, v, ln(s), co(s), eln(), eco());
    }

    /** CPython's invalid_factor / invalid_arithmetic: '3 + not x'. */
    private void notAfterOperator() {
        Token not = tok();
        int keep = furthest;
        int m = p++;
        try {
            Expr b = inversion();
            Token e = tokens.get(p - 1);
            throw errorFromTo("'not' after an operator must be parenthesized", not, e);
        } catch (Fail f) {
            p = m;
            furthest = keep;
        }
    }

    final Expr power() {
        int s = p;
        Expr l = awaitPrimary();
        if (!at(DOUBLESTAR)) return l;
        p++;
        return bin(s, l, Operator.Pow, factor());
    }

    private Expr bin(int s, Expr l, Operator op, Expr r) {
        return new Expr.BinOp(l, op, r, ln(s), co(s), eln(), eco());
    }

    final Expr awaitPrimary() {
        if (atKw("await")) {
            int s = p++;
            Expr v = primary();
            return new Expr.Await(v, ln(s), co(s), eln(), eco());
        }
        return primary();
    }

    // ---- primaries --------------------------------------------------------------------------------

    /** primary: atom followed by attribute, call, subscript and genexp-call trailers. */
    final Expr primary() {
        int s = p;
        Expr e = atom();
        return trailers(s, e);
    }

    /** Applies '.name', '(args)' and '[slices]' trailers to e, which starts at token s. */
    final Expr trailers(int s, Expr e) {
        while (true) {
            switch (type()) {
                case DOT -> {
                    p++;
                    String attr = name();
                    e = new Expr.Attribute(e, attr, LOAD, ln(s), co(s), eln(), eco());
                }
                case LPAR -> e = call(s, e);
                case LSQB -> {
                    p++;
                    Expr slice = slices();
                    expect(RSQB);
                    e = new Expr.Subscript(e, slice, LOAD, ln(s), co(s), eln(), eco());
                }
                default -> { return e; }
            }
        }
    }

    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
    final Expr slices() {
        int s = p;
        Expr first = sliceItem();
        if (!at(COMMA)) {
            if (first instanceof Expr.Starred) return new Expr.Tuple(List.of(first), LOAD, ln(s), co(s), eln(), eco());
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RSQB)) break;
            elts.add(sliceItem());
        }
        return new Expr.Tuple(elts, LOAD, ln(s), co(s), eln(), eco());
    }

    private Expr sliceItem() {
        int s = p;
        if (at(STAR)) return starredOrInvalid();
        Expr lower = null;
        if (!at(COLON)) {
            lower = namedExpression();
            if (!at(COLON)) return lower;
        }
        p++;
        Expr upper = at(COLON) || at(COMMA) || at(RSQB) ? null : expression();
        Expr step = null;
        if (accept(COLON)) step = at(COMMA) || at(RSQB) ? null : expression();
        if (lower instanceof Expr.NamedExpr) throw fail();
        return new Expr.Slice(lower, upper, step, ln(s), co(s), eln(), eco());
    }

    /** func '(' [arguments] ')' */
    private Expr call(int fs, Expr func) {
        int open = p;
        expect(LPAR);
        List<Expr> args = new ArrayList<>();
        List<keyword> kws = new ArrayList<>();
        if (!at(RPAR)) {
            // A lone generator expression argument takes the call's parentheses as its own.
            int s = p;
            if (!at(STAR) && !at(DOUBLESTAR) && !(atName() && atAhead(1, EQUAL))) {
                Expr first = namedExpressionOrStar();
                if (atKw("for") || atKw("async") && atKwAhead(1, "for")) {
                    List<comprehension> gens = forIfClauses();
                    if (at(RPAR)) {
                        p++;
                        Expr g = new Expr.GeneratorExp(first, gens, ln(open), co(open), eln(), eco());
                        return new Expr.Call(func, List.of(g), List.of(), ln(fs), co(fs), eln(), eco());
                    }
                    Expr g = new Expr.GeneratorExp(first, gens, ln(s), co(s), eln(), eco());
                    throw errorAtNode("Generator expression must be parenthesized", g);
                }
                // Keep the parsed argument: parsing it again would make nested calls exponential.
                callArguments(args, kws, true, first, s);
            } else {
                callArguments(args, kws, true);
            }
        }
        expect(RPAR);
        return new Expr.Call(func, args, kws, ln(fs), co(fs), eln(), eco());
    }

    private Expr namedExpressionOrStar() {
        return at(STAR) ? starNamedExpression() : namedExpressionInCall();
    }

    /** args [','] up to ')': positional and starred to args, name=value and ** to keywords. */
    final void callArguments(List<Expr> args, List<keyword> kws, boolean allowGenexp) {
        callArguments(args, kws, allowGenexp, null, -1);
    }

    /** As above, the first positional argument (from token firstStart) already parsed when first is not null. */
    private void callArguments(List<Expr> args, List<keyword> kws, boolean allowGenexp, Expr first, int firstStart) {
        boolean sawKeyword = false, sawDoubleStar = false;
        while (first != null || !at(RPAR)) {
            int s = first != null ? firstStart : p;
            Token comma = tokens.get(s - 1);
            if (first != null) {
                Expr v = first;
                first = null;
                positionalArgument(v, s, allowGenexp, false, false);
                args.add(v);
            } else if (at(DOUBLESTAR)) {
                p++;
                Expr v = expression();
                if (at(EQUAL)) unpackingAssigned(s, "cannot assign to keyword argument unpacking");
                kws.add(new keyword(null, v, ln(s), co(s), eln(), eco()));
                sawDoubleStar = true;
            } else if (at(STAR)) {
                Expr st = starredOrInvalid();
                if (at(EQUAL)) unpackingAssigned(s, "cannot assign to iterable argument unpacking");
                if (sawDoubleStar) {
                    Token t = tok();
                    throw errorRange("SyntaxError", "iterable argument unpacking follows keyword argument unpacking",
                            comma.line, comma.col, t.line, t.col);
                }
                args.add(st);
            } else if (atName() && atAhead(1, EQUAL)) {
                String id = name();
                Token eq = next();
                if (at(COMMA) || at(RPAR)) throw errorFromTo("expected argument value expression", tokens.get(s), eq);
                Expr v = expression();
                kws.add(new keyword(id, v, ln(s), co(s), eln(), eco()));
                sawKeyword = true;
            } else {
                // After keywords CPython's first pass stops here; a failure inside reports this position.
                int keepFurthest = furthest;
                Expr v;
                try {
                    v = namedExpressionInCall();
                } catch (Fail f) {
                    if (sawKeyword || sawDoubleStar) furthest = keepFurthest;
                    throw f;
                }
                positionalArgument(v, s, allowGenexp, sawKeyword, sawDoubleStar);
                args.add(v);
            }
            if (!accept(COMMA)) break;
        }
    }

    /** The checks after a positional argument v (from token s): misplaced '=', unparenthesised genexp, order. */
    private void positionalArgument(Expr v, int s, boolean allowGenexp, boolean sawKeyword, boolean sawDoubleStar) {
        if (at(EQUAL)) invalidKeywordArgument(v);
        if (atKw("for") || atKw("async") && atKwAhead(1, "for")) {
            if (!allowGenexp) throw fail();
            List<comprehension> gens = forIfClauses();
            Expr g = new Expr.GeneratorExp(v, gens, ln(s), co(s), eln(), eco());
            throw errorAtNode("Generator expression must be parenthesized", g);
        }
        if (sawDoubleStar) throw errorAtToken("positional argument follows keyword argument unpacking", tok());
        if (sawKeyword) throw errorAtToken("positional argument follows keyword argument", tok());
    }

    /** starred_expression: '*' expression, else CPython's "Invalid star expression" at the last token read. */
    final Expr starredOrInvalid() {
        int s = p++;
        try {
            Expr v = expression();
            return new Expr.Starred(v, LOAD, ln(s), co(s), eln(), eco());
        } catch (Fail f) {
            throw errorAtLastToken("Invalid star expression");
        }
    }

    /** f(*a=1) / f(**k=1): from the star to the end of the value. */
    private void unpackingAssigned(int s, String msg) {
        int m = p++;
        try {
            Expr b = expression();
            throw errorFromTo(msg, tokens.get(s), tokens.get(p - 1));
        } catch (Fail f) {
            p = m;
        }
    }

    /** 'expr = value' in a call where expr is not a name. */
    void invalidKeywordArgument(Expr v) {
        Token eq = tok();
        if (v instanceof Expr.Constant c && (c.value() instanceof Boolean || c.value() == Const.NONE)) {
            throw errorFromTo("cannot assign to " + Repr(c.value()), tokens.get(p - 1), eq);
        }
        throw errorFromTo("expression cannot contain assignment, perhaps you meant \"==\"?",
                tokAtNode(v), eq);
    }

    private static String Repr(Object v) { return regpy.code.Repr.of(v); }

    /** The first token of a node (by position). */
    final Token tokAtNode(Expr e) {
        for (int i = Math.min(p, last); i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.line == e.lineno() && t.bcol == e.col_offset()) {
                // earliest token at that position
                while (i > 0 && tokens.get(i - 1).line == t.line && tokens.get(i - 1).bcol == t.bcol) i--;
                return tokens.get(i);
            }
            if (t.line < e.lineno()) break;
        }
        return tok();
    }

    // ---- atoms --------------------------------------------------------------------------------

    final Expr atom() {
        Token t = tok();
        int s = p;
        switch (t.type) {
            case NAME -> {
                switch (t.string) {
                    case "None": p++; return new Expr.Constant(Const.NONE, null, ln(s), co(s), eln(), eco());
                    case "True": p++; return new Expr.Constant(Boolean.TRUE, null, ln(s), co(s), eln(), eco());
                    case "False": p++; return new Expr.Constant(Boolean.FALSE, null, ln(s), co(s), eln(), eco());
                    default:
                        if (KEYWORDS.contains(t.string)) throw fail();
                        p++;
                        return new Expr.Name(identifier(t.string), LOAD, ln(s), co(s), eln(), eco());
                }
            }
            case NUMBER -> { return number(); }
            case STRING, FSTRING_START -> { return strings(); }
            case ELLIPSIS -> { p++; return new Expr.Constant(Const.ELLIPSIS, null, ln(s), co(s), eln(), eco()); }
            case LPAR -> { return parenthesized(); }
            case LSQB -> { return listDisplay(); }
            case LBRACE -> { return braceDisplay(); }
            default -> throw fail();
        }
    }

    /** '(' ...: tuple | group | genexp */
    abstract Expr parenthesized();

    /** '[' ...: list | listcomp */
    abstract Expr listDisplay();

    /** '{' ...: dict | set | dictcomp | setcomp */
    abstract Expr braceDisplay();

    // ---- comprehensions -----------------------------------------------------------------------------

    /** for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
    final List<comprehension> forIfClauses() {
        List<comprehension> gens = new ArrayList<>();
        while (atKw("for") || atKw("async") && atKwAhead(1, "for")) {
            int isAsync = acceptKw("async") ? 1 : 0;
            expectKw("for");
            Expr target = forTarget(true);
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (acceptKw("if")) ifs.add(disjunction());
            gens.add(new comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    // ---- assignment targets ----------------------------------------------------------------------

    /**
     * star_targets 'in' of a for loop or comprehension, with CPython's diagnostics:
     * "'in' expected after for-loop variables" and "cannot assign to X".
     */
    final Expr forTarget(boolean comprehension) {
        int s = p;
        int keep = furthest;
        try {
            Expr target = starTargets(ExprContext.Store);
            if (acceptKw("in")) return target;
            furthest = Math.max(furthest, p);
        } catch (Fail | PySyntaxError f) { /* diagnose below */ }
        int furthestOfFirstTry = furthest;
        p = s;
        if (comprehension) try {
            // invalid_for_if_clause: bitwise_or (',' bitwise_or)* [','] !'in'
            bitwiseOr();
            while (accept(COMMA)) {
                if (atKw("in")) break;
                bitwiseOr();
            }
            if (!atKw("in")) throw errorAtLastToken("'in' expected after for-loop variables");
        } catch (Fail f) { /* next diagnosis */ }
        p = s;
        try {
            Expr e = starExpressions();
            Expr bad = Targets.invalidForTarget(e);
            if (bad != null) throw errorAtNode("cannot assign to " + Targets.describe(bad), bad);
        } catch (Fail f) { /* generic */ }
        p = s;
        furthest = Math.max(keep, furthestOfFirstTry);
        throw fail();
    }

    /**
     * star_targets: star_target (',' star_target)* [','], parsed at primary level so that 'in'
     * and '=' end them, then given the context ctx.
     */
    final Expr starTargets(ExprContext ctx) {
        int s = p;
        Expr first = starTarget();
        if (!at(COMMA)) return Targets.withContext(this, first, ctx);
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!(at(STAR) || at(LPAR) || at(LSQB) || atName())) break;
            elts.add(starTarget());
        }
        return Targets.withContext(this, new Expr.Tuple(elts, LOAD, ln(s), co(s), eln(), eco()), ctx);
    }

    private Expr starTarget() {
        if (at(STAR)) {
            int s = p++;
            Expr v = starTarget();
            return new Expr.Starred(v, LOAD, ln(s), co(s), eln(), eco());
        }
        return primary();
    }
}
