package regpy.parse;

import static regpy.tokenize.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import regpy.ast.Excepthandler;
import regpy.ast.Expr;
import regpy.ast.ExprContext;
import regpy.ast.Operator;
import regpy.ast.Pattern;
import regpy.ast.Stmt;
import regpy.ast.TypeParam;
import regpy.ast.alias;
import regpy.ast.arguments;
import regpy.ast.keyword;
import regpy.ast.match_case;
import regpy.ast.withitem;
import regpy.tokenize.Token;
import regpy.tokenize.Tokenizer;

/** Statements: simple statements, assignments, and every compound statement with its blocks. */
abstract class StatementParser extends PatternParser {
    /**
     * Token index of the first 'match' statement without its ':' ("match(x)" read as a call), or
     * -1. CPython's second pass stops there with "expected ':'" (its invalid_match_stmt rule), so
     * such a line turns any later parser error into that one.
     */
    int bareMatch = -1;
    StatementParser(Tokenizer t) { super(t); }

    /** statements until a token of type end (ENDMARKER or DEDENT). */
    final List<Stmt> statements(int end) {
        List<Stmt> out = new ArrayList<>();
        while (!at(end)) statement(out);
        return out;
    }

    /** statement: compound_stmt | simple_stmts; appends to out. */
    final void statement(List<Stmt> out) {
        Token t = tok();
        if (t.type == INDENT) throw unexpectedIndent(t);
        Stmt c = compoundStatement();
        if (c != null) { out.add(c); return; }
        simpleStatements(out);
    }

    private Stmt compoundStatement() {
        Token t = tok();
        if (t.type == AT) return decorated();
        if (t.type != NAME) return null;
        return switch (t.string) {
            case "if" -> ifStatement();
            case "while" -> whileStatement();
            case "for" -> forStatement(p);
            case "try" -> tryStatement();
            case "with" -> withStatement(p);
            case "def" -> functionDef(List.of(), p);
            case "class" -> classDef(List.of(), p);
            case "async" -> asyncStatement();
            case "match" -> matchStatement();
            default -> null;
        };
    }

    /** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
    final void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (accept(SEMI)) {
                if (at(NEWLINE)) break;
                continue;
            }
            break;
        }
        if (!at(NEWLINE)) throw fail();
        p++;
    }

    private Stmt simpleStatement() {
        int s = p;
        Token t = tok();
        if (t.type == NAME) {
            switch (t.string) {
                case "pass": p++; return new Stmt.Pass(ln(s), co(s), eln(), eco());
                case "break": p++; return new Stmt.Break(ln(s), co(s), eln(), eco());
                case "continue": p++; return new Stmt.Continue(ln(s), co(s), eln(), eco());
                case "return": {
                    p++;
                    Expr v = startsExpression() || at(STAR) ? starExpressions() : null;
                    return new Stmt.Return(v, ln(s), co(s), eln(), eco());
                }
                case "raise": {
                    p++;
                    Expr exc = null, cause = null;
                    if (startsExpression()) {
                        exc = expression();
                        if (acceptKw("from")) cause = expression();
                    }
                    return new Stmt.Raise(exc, cause, ln(s), co(s), eln(), eco());
                }
                case "global", "nonlocal": {
                    p++;
                    List<String> names = new ArrayList<>();
                    do { names.add(name()); } while (accept(COMMA));
                    return t.string.equals("global") ? new Stmt.Global(names, ln(s), co(s), eln(), eco())
                            : new Stmt.Nonlocal(names, ln(s), co(s), eln(), eco());
                }
                case "del": {
                    p++;
                    List<Expr> targets = new ArrayList<>();
                    if (at(NEWLINE) || at(SEMI)) throw fail();
                    do {
                        if (at(NEWLINE) || at(SEMI)) break;
                        targets.add(delTarget());
                    } while (accept(COMMA));
                    if (!at(NEWLINE) && !at(SEMI)) {
                        int m = p;
                        p = s + 1;
                        try {
                            Expr e = starExpressions();
                            Targets.withContext(this, e, ExprContext.Del);
                        } catch (Fail f) { /* generic error */ }
                        p = m;
                        throw fail();
                    }
                    return new Stmt.Delete(targets, ln(s), co(s), eln(), eco());
                }
                case "assert": {
                    p++;
                    Expr test = expression();
                    Expr msg = accept(COMMA) ? expression() : null;
                    return new Stmt.Assert(test, msg, ln(s), co(s), eln(), eco());
                }
                case "import": return importName();
                case "from": return importFrom();
                case "type":
                    if (tok(p + 1).type == NAME && (atAhead(2, EQUAL) || atAhead(2, LSQB))) return typeAlias();
                    break;
                default: break;
            }
        }
        return expressionStatement();
    }

    private Expr delTarget() {
        int m = p;
        Expr e = primary();
        if (!(at(COMMA) || at(NEWLINE) || at(SEMI))) { p = m; throw fail(); }
        return Targets.withContext(this, e, ExprContext.Del);
    }

    private Stmt typeAlias() {
        int s = p++;
        int ns = p;
        String id = name();
        Expr nameExpr = new Expr.Name(id, ExprContext.Store, ln(ns), co(ns), eln(), eco());
        if (at(LSQB) && tok(p + 1).type == RSQB) {
            // CPython ends this error at its tokenizer's cursor, which has read the token after ']'
            Token close = tok(p + 1), after = tok(p + 2);
            int end = after.type == NEWLINE ? parsedLine(close.line).length() - 1 : after.endCol - 1;
            throw errorRange("SyntaxError", "Type parameter list cannot be empty", close.line, close.col, close.line, end);
        }
        List<TypeParam> tps = typeParams();
        expect(EQUAL);
        Expr value = expression();
        return new Stmt.TypeAlias(nameExpr, tps, value, ln(s), co(s), eln(), eco());
    }

    // ---- expression statements and assignments ---------------------------------------------------

    private Stmt expressionStatement() {
        int s = p;
        Expr first = atKw("yield") ? yieldExpr() : starExpressions();
        Token t = tok();
        if (t.type == COLON) return annotated(s, first);
        if (t.type == EQUAL) return assignment(s, first);
        Operator aug = augOperator(t.type);
        if (aug != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript))
                throw errorAtNode("'" + Targets.describe(first) + "' is an illegal expression for augmented assignment", first);
            p++;
            Expr value = atKw("yield") ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(Targets.set(first, ExprContext.Store), aug, value, ln(s), co(s), eln(), eco());
        }
        return new Stmt.Expr(first, ln(s), co(s), eln(), eco());
    }

    private Stmt annotated(int s, Expr target) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            // CPython's invalid_ann_assign_target / "illegal target" rules need an annotation after
            // the ':'; without one the error stays the generic one at the ':'.
            int m = p, keepFurthest = furthest, keepFetched = fetched;
            p++;
            try {
                expression();
            } catch (Fail f) {
                p = m;
                furthest = keepFurthest;
                fetched = keepFetched;
                throw fail();
            }
            p = m;
        }
        if (target instanceof Expr.Tuple tu && tokens.get(s).type != LPAR)
            throw errorAtNode("only single target (not tuple) can be annotated", tu.elts().get(0));
        if (target instanceof Expr.Tuple) throw errorAtNode("only single target (not tuple) can be annotated", target);
        if (target instanceof Expr.List) throw errorAtNode("only single target (not list) can be annotated", target);
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript))
            throw errorAtNode("illegal target for annotation", target);
        p++;
        Expr ann = expression();
        Expr value = null;
        if (accept(EQUAL)) value = atKw("yield") ? yieldExpr() : starExpressions();
        int simple = target instanceof Expr.Name && tokens.get(s).type != LPAR ? 1 : 0;
        return new Stmt.AnnAssign(Targets.set(target, ExprContext.Store), ann, value, simple, ln(s), co(s), eln(), eco());
    }

    private Stmt assignment(int s, Expr first) {
        List<Expr> targets = new ArrayList<>();
        Expr value = first;
        int vs = s;
        while (at(EQUAL)) {
            Token eq = next();
            if ((value instanceof Expr.Yield || value instanceof Expr.YieldFrom) && tokens.get(vs).type != LPAR)
                throw errorAtNode("assignment to yield expression not possible", value);
            checkTarget(value, targets.isEmpty());
            vs = p;
            targets.add(Targets.set(value, ExprContext.Store));
            value = atKw("yield") ? yieldExpr() : starExpressions();
        }
        String tc = typeComment();   // CPython's Assign ends after its type comment
        return new Stmt.Assign(targets, value, tc, ln(s), co(s), eln(), eco());
    }

    /** CPython's invalid_assignment / invalid_named_expression messages for a bad left-hand side. */
    private void checkTarget(Expr e, boolean first) {
        Expr bad = Targets.invalid(e, ExprContext.Store);
        if (bad == null) return;
        if (first && isBitwiseOrLevel(e) && !(e instanceof Expr.List || e instanceof Expr.Tuple
                || e instanceof Expr.GeneratorExp || isSingletonConstant(e))) {
            int m = p, keep = furthest;
            try {
                bitwiseOr();
                if (!at(EQUAL) && !at(COLONEQUAL)) {
                    p = m;
                    throw errorAtNode("cannot assign to " + Targets.describe(e) + " here. Maybe you meant '==' instead of '='?", e);
                }
            } catch (Fail f) { /* fall through */ }
            p = m;
            furthest = keep;
        }
        throw errorAtNode("cannot assign to " + Targets.describe(bad), bad);
    }

    private static boolean isSingletonConstant(Expr e) {
        return e instanceof Expr.Constant c && (c.value() instanceof Boolean || c.value() == regpy.code.Const.NONE);
    }

    /** Could e have been produced by the bitwise_or rule (no comparison, not, and/or, ternary, lambda)? */
    static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.Starred || e instanceof Expr.NamedExpr
                || e instanceof Expr.UnaryOp u && u.op() == regpy.ast.Unaryop.Not
                || e instanceof Expr.Yield || e instanceof Expr.YieldFrom);
    }

    static Operator augOperator(int type) {
        return switch (type) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }

    // ---- imports ---------------------------------------------------------------------------------------

    private Stmt importName() {
        int s = p++;
        if (at(NEWLINE)) throw errorAtPoint("Expected one or more names after 'import'", tok());
        List<alias> names = new ArrayList<>();
        do {
            int as = p;
            String dotted = dottedName();
            String asname = acceptKw("as") ? name() : null;
            names.add(new alias(dotted, asname, ln(as), co(as), eln(), eco()));
        } while (accept(COMMA));
        if (atKw("from")) {
            // 'import a from b': CPython's invalid_import
            int m = p++;
            try {
                dottedName();
                throw errorStartingFrom("Did you mean to use 'from ... import ...' instead?", tokens.get(s));
            } catch (Fail f) {
                p = m;
            }
        }
        return new Stmt.Import(names, ln(s), co(s), eln(), eco());
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(name());
        while (accept(DOT)) sb.append('.').append(name());
        return sb.toString();
    }

    private Stmt importFrom() {
        int s = p++;
        int level = 0;
        while (true) {
            if (accept(DOT)) level++;
            else if (accept(ELLIPSIS)) level += 3;
            else break;
        }
        String module = level == 0 || !atKw("import") ? dottedName() : null;
        expectKw("import");
        if (at(NEWLINE)) throw errorAtPoint("Expected one or more names after 'import'", tok());
        List<alias> names = new ArrayList<>();
        if (at(STAR)) {
            int as = p++;
            names.add(new alias("*", null, ln(as), co(as), eln(), eco()));
        } else {
            boolean paren = accept(LPAR);
            do {
                if (paren && at(RPAR) && !names.isEmpty()) break;
                if (!paren && !names.isEmpty() && at(NEWLINE))
                    throw errorAtToken("trailing comma not allowed without surrounding parentheses", tok());
                int as = p;
                String n = name();
                String asname = acceptKw("as") ? name() : null;
                names.add(new alias(n, asname, ln(as), co(as), eln(), eco()));
            } while (accept(COMMA));
            if (paren) expect(RPAR);
            else if (tokens.get(p - 1).type == COMMA)
                throw errorAtToken("trailing comma not allowed without surrounding parentheses", tokens.get(p - 1));
        }
        return new Stmt.ImportFrom(module, names, level, ln(s), co(s), eln(), eco());
    }

    // ---- blocks ----------------------------------------------------------------------------------------

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts. what names the header for the error. */
    final List<Stmt> block(String what, int headerLine) {
        return block(what, headerLine, false);
    }

    /** forced: the grammar's &&':' (def, try, else, finally): a missing ':' is an error wherever it is. */
    final List<Stmt> block(String what, int headerLine, boolean forced) {
        colon(forced);
        return blockAfterColon(what, headerLine);
    }

    /** A block and the type comment after its ':' (null when none). */
    record Body(List<Stmt> stmts, String typeComment) {}

    /**
     * ':' [TYPE_COMMENT] block, for the statements that carry a type comment (for, with, def:
     * forced). A def also takes the comment from the first line of its body (func_type_comment).
     */
    final Body typedBlock(String what, int headerLine, boolean forced) {
        colon(forced);
        String tc = null;
        if (at(TYPE_COMMENT)) {
            tc = next().string;
            if (forced && at(NEWLINE) && atAhead(1, TYPE_COMMENT) && atAhead(2, NEWLINE) && atAhead(3, INDENT)) {
                Token indent = tok(p + 3);   // CPython reports it at the indentation, as "unexpected indent"
                throw new PySyntaxError("SyntaxError", "Cannot have two type comments on def", src.filename,
                        indent.line, indent.endCol, indent.line, -1, parsedLine(indent.line));
            }
        } else if (forced && at(NEWLINE) && atAhead(1, TYPE_COMMENT) && atAhead(2, NEWLINE) && atAhead(3, INDENT)) {
            p++;
            tc = next().string;
        }
        return new Body(blockAfterColon(what, headerLine), tc);
    }

    private void colon(boolean forced) {
        if (!at(COLON)) {
            if (forced) throw errorAtToken("expected ':'", tok());
            throw expectedColon();
        }
        p++;
    }

    private List<Stmt> blockAfterColon(String what, int headerLine) {
        List<Stmt> body = new ArrayList<>();
        if (accept(NEWLINE)) {
            if (!at(INDENT)) {
                Token t = tok();
                throw errorAtToken("IndentationError", "expected an indented block after " + what + " on line " + headerLine, t);
            }
            p++;
            while (!at(DEDENT)) statement(body);
            p++;
        } else {
            simpleStatements(body);
        }
        return body;
    }

    /** "expected ':'" where a header is followed directly by a newline, else plain failure. */
    private RuntimeException expectedColon() {
        if (at(NEWLINE)) return errorAtToken("expected ':'", tok());
        return fail();
    }

    /** End of the last token of a block that is not NEWLINE/INDENT/DEDENT (a trailing ';' counts, as in CPython). */
    private Token blockEnd() {
        int i = p - 1;
        while (i > 0) {
            int t = tokens.get(i).type;
            if (t != NEWLINE && t != INDENT && t != DEDENT) break;
            i--;
        }
        return tokens.get(i);
    }

    final int bln() { return blockEnd().endLine; }
    final int bco() { return blockEnd().bendCol; }

    // ---- if / while / for / with -------------------------------------------------------------------

    private Stmt ifStatement() {
        int s = p++;
        Expr test = namedExpression();
        List<Stmt> body = block("'if' statement", ln(s));
        List<Stmt> orelse = elseOrElif();
        List<Stmt> last = orelse.isEmpty() ? body : orelse;
        return new Stmt.If(test, body, orelse, ln(s), co(s), bln(), bco());
    }

    private List<Stmt> elseOrElif() {
        if (atKw("elif")) {
            int s = p++;
            Expr test = namedExpression();
            List<Stmt> body = block("'elif' statement", ln(s));
            List<Stmt> orelse = elseOrElif();
            List<Stmt> last = orelse.isEmpty() ? body : orelse;
            return List.of(new Stmt.If(test, body, orelse, ln(s), co(s), bln(), bco()));
        }
        return elseBlock();
    }

    private List<Stmt> elseBlock() {
        if (!atKw("else")) return List.of();
        int s = p++;
        return block("'else' statement", ln(s), true);
    }

    private Stmt whileStatement() {
        int s = p++;
        Expr test = namedExpression();
        List<Stmt> body = block("'while' statement", ln(s));
        List<Stmt> orelse = elseBlock();
        List<Stmt> last = orelse.isEmpty() ? body : orelse;
        return new Stmt.While(test, body, orelse, ln(s), co(s), bln(), bco());
    }

    private Stmt forStatement(int s) {
        boolean isAsync = acceptKw("async");
        expectKw("for");
        Expr target = forTarget(false);
        Expr iter = starExpressions();
        Body body = typedBlock("'for' statement", ln(s), false);
        List<Stmt> orelse = elseBlock();
        return isAsync ? new Stmt.AsyncFor(target, iter, body.stmts(), orelse, body.typeComment(), ln(s), co(s), bln(), bco())
                : new Stmt.For(target, iter, body.stmts(), orelse, body.typeComment(), ln(s), co(s), bln(), bco());
    }

    private Stmt withStatement(int s) {
        boolean isAsync = acceptKw("async");
        expectKw("with");
        List<withitem> items = null;
        if (at(LPAR)) {
            // 'with' '(' ','.with_item+ ','? ')' ':'  -- else the parenthesis belongs to an expression.
            int m = p;
            try {
                p++;
                List<withitem> tryItems = new ArrayList<>();
                do {
                    if (at(RPAR) && !tryItems.isEmpty()) break;
                    tryItems.add(withItem());
                } while (accept(COMMA));
                expect(RPAR);
                if (!at(COLON) && !at(NEWLINE)) throw fail();
                items = tryItems;
            } catch (Fail f) {
                p = m;
            }
        }
        boolean parenthesized = items != null;
        if (items == null) {
            items = new ArrayList<>();
            do { items.add(withItem()); } while (accept(COMMA));
        }
        // 3.13's grammar has no type comment for 'async with (...)' only
        Body body = isAsync && parenthesized ? new Body(block("'with' statement", ln(s)), null)
                : typedBlock("'with' statement", ln(s), false);
        return isAsync ? new Stmt.AsyncWith(items, body.stmts(), body.typeComment(), ln(s), co(s), bln(), bco())
                : new Stmt.With(items, body.stmts(), body.typeComment(), ln(s), co(s), bln(), bco());
    }

    private withitem withItem() {
        Expr ctx = expression();
        Expr vars = null;
        if (acceptKw("as")) {
            vars = starTargetSingle();
            if (!(at(COMMA) || at(RPAR) || at(COLON) || at(NEWLINE))) throw fail();
        }
        return new withitem(ctx, vars);
    }

    /** star_target: one target (a parenthesised tuple or list is fine). */
    private Expr starTargetSingle() {
        int m = p;
        Expr e = at(STAR) ? starTargets(ExprContext.Store) : primary();
        return Targets.withContext(this, e, ExprContext.Store);
    }

    // ---- try -------------------------------------------------------------------------------------------

    private Stmt tryStatement() {
        int s = p++;
        List<Stmt> body = block("'try' statement", ln(s), true);
        List<Excepthandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (atKw("except")) {
            int hs = p++;
            boolean isStar = accept(STAR);
            if (star != null && star != isStar)
                throw errorFromTo("cannot have both 'except' and 'except*' on the same 'try'", tokens.get(hs), tokens.get(p - 1));
            star = isStar;
            Expr type = null;
            String name = null;
            if (!at(COLON) && !at(NEWLINE)) {
                type = expression();
                if (at(COMMA)) {
                    int m = p;
                    try {
                        while (accept(COMMA)) expression();
                        if (acceptKw("as")) name();
                        if (at(COLON)) {
                            Token t = tok();
                            throw errorRange("SyntaxError", "multiple exception types must be parenthesized",
                                    type.lineno(), src.cpColOfByteCol(type.lineno(), type.col_offset()), t.endLine, t.endCol - 1);
                        }
                    } catch (Fail f) { /* generic */ }
                    p = m;
                    throw fail();
                }
                if (acceptKw("as")) name = name();
            } else if (isStar) {
                throw errorAtToken("expected one or more exception types", tok());
            }
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", ln(hs));
            handlers.add(new Excepthandler.ExceptHandler(type, name, hbody, ln(hs), co(hs), bln(), bco()));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty()) orelse = elseBlock();
        List<Stmt> finalbody = List.of();
        if (atKw("finally")) {
            int fs = p++;
            finalbody = block("'finally' statement", ln(fs), true);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAtToken("expected 'except' or 'finally' block", tok());
        }
        int el = bln(), ec = bco();
        return Boolean.TRUE.equals(star) ? new Stmt.TryStar(body, handlers, orelse, finalbody, ln(s), co(s), el, ec)
                : new Stmt.Try(body, handlers, orelse, finalbody, ln(s), co(s), el, ec);
    }

    // ---- definitions -------------------------------------------------------------------------------------

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(AT)) {
            decorators.add(namedExpression());
            expect(NEWLINE);
        }
        int s = p;
        if (atKw("def") || atKw("async") && atKwAhead(1, "def")) return functionDef(decorators, s);
        if (atKw("class")) return classDef(decorators, s);
        throw fail();
    }

    private Stmt asyncStatement() {
        int s = p;
        Token next = tok(p + 1);
        if (next.type == NAME) {
            switch (next.string) {
                case "def": return functionDef(List.of(), s);
                case "for": return forStatement(s);
                case "with": return withStatement(s);
                default: break;
            }
        }
        throw fail();
    }

    private Stmt functionDef(List<Expr> decorators, int s) {
        boolean isAsync = acceptKw("async");
        expectKw("def");
        String name = name();
        int tp = p;
        List<TypeParam> tps;
        try {
            tps = typeParams();
        } catch (Fail f) {
            p = tp;                      // [type_params] did not match: the forced '(' reports at '['
            throw errorAtToken("expected '('", tok());
        }
        if (!at(LPAR)) throw errorAtToken("expected '('", tok());
        p++;
        arguments args = parameters(false);
        expect(RPAR);
        Expr returns = accept(RARROW) ? expression() : null;
        Body body = typedBlock("function definition", ln(s), true);
        String tc = body.typeComment();
        return isAsync ? new Stmt.AsyncFunctionDef(name, args, body.stmts(), decorators, returns, tc, tps, ln(s), co(s), bln(), bco())
                : new Stmt.FunctionDef(name, args, body.stmts(), decorators, returns, tc, tps, ln(s), co(s), bln(), bco());
    }

    private Stmt classDef(List<Expr> decorators, int s) {
        expectKw("class");
        String name = name();
        List<TypeParam> tps = typeParams();
        List<Expr> bases = new ArrayList<>();
        List<keyword> kws = new ArrayList<>();
        if (accept(LPAR)) {
            callArguments(bases, kws, false);
            expect(RPAR);
        }
        List<Stmt> body = block("class definition", ln(s));
        return new Stmt.ClassDef(name, bases, kws, body, decorators, tps, ln(s), co(s), bln(), bco());
    }

    // ---- match -------------------------------------------------------------------------------------------

    /** "match" subject ':' NEWLINE INDENT case_block+ DEDENT, or null to parse 'match' as a name. */
    private Stmt matchStatement() {
        int s = p;
        Token after = tok(p + 1);
        if (after.type == NEWLINE || after.type == EQUAL || after.type == DOT || after.type == COLON
                || after.type == COMMA || after.type == RPAR || augOperator(after.type) != null) return null;
        Expr subject;
        try {
            p++;
            subject = matchSubject();
            if (at(NEWLINE) && !validAsExpressionStatement(s)) throw errorAtToken("expected ':'", tok());
            if (at(NEWLINE) && bareMatch < 0) bareMatch = s;
            if (!at(COLON)) throw fail();
        } catch (Fail f) {
            p = s;
            return null;
        }
        p++;
        if (!accept(NEWLINE)) throw fail();
        if (!at(INDENT)) {
            Token t = tok();
            throw errorAtToken("IndentationError", "expected an indented block after 'match' statement on line " + ln(s), t);
        }
        p++;
        List<match_case> cases = new ArrayList<>();
        while (atKw("case")) {
            int cs = p++;
            Pattern pat = patterns();
            Expr guard = acceptKw("if") ? namedExpression() : null;
            List<Stmt> body = block("'case' statement", ln(cs));
            cases.add(new match_case(pat, guard, body));
        }
        if (cases.isEmpty()) throw fail();
        expect(DEDENT);
        List<Stmt> lastBody = cases.get(cases.size() - 1).body();
        return new Stmt.Match(subject, cases, ln(s), co(s), bln(), bco());
    }

    /** Whether the line starting at token s parses as an ordinary statement ('match(x)'); p is kept. */
    private boolean validAsExpressionStatement(int s) {
        int m = p;
        p = s;
        try {
            simpleStatements(new ArrayList<>());
            return true;
        } catch (Fail | PySyntaxError e) {
            return false;
        } finally {
            p = m;
        }
    }

    /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
    private Expr matchSubject() {
        int s = p;
        Expr first = starNamedExpression();
        if (!at(COMMA)) {
            if (first instanceof Expr.Starred) throw fail();
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(COLON)) break;
            elts.add(starNamedExpression());
        }
        return new Expr.Tuple(elts, LOAD, ln(s), co(s), eln(), eco());
    }
}
