package regpy.parse;

import static regpy.tokenize.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import regpy.ast.Expr;
import regpy.ast.comprehension;
import regpy.tokenize.Token;
import regpy.tokenize.Tokenizer;

/** Bracketed displays: tuples, groups, lists, sets, dicts and their comprehensions. */
abstract class DisplayParser extends ExpressionParser {
    private static final List<Expr> NO_EXPRS = List.of();

    DisplayParser(Tokenizer t) { super(t); }

    /** tuple | group | genexp */
    @Override
    final Expr parenthesized() {
        int s = p++;
        if (accept(RPAR)) return new Expr.Tuple(NO_EXPRS, LOAD, ln(s), co(s), eln(), eco());
        if (atKw("yield")) {
            Expr y = yieldExpr();
            expect(RPAR);
            return y;
        }
        Expr first = starNamedExpression();
        if (atKw("for") || atKw("async") && atKwAhead(1, "for")) {
            List<comprehension> gens = forIfClauses();
            expect(RPAR);
            return new Expr.GeneratorExp(first, gens, ln(s), co(s), eln(), eco());
        }
        if (accept(RPAR)) {
            if (first instanceof Expr.Starred st) throw errorAtNode("cannot use starred expression here", st);
            return first;
        }
        if (!at(COMMA)) throw fail();
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RPAR)) break;
            elts.add(starNamedExpression());
        }
        expect(RPAR);
        return new Expr.Tuple(elts, LOAD, ln(s), co(s), eln(), eco());
    }

    /**
     * The elements of a list or set display after its first one, up to and including the closing
     * bracket; a `for` among several elements is the missing-parentheses comprehension error.
     */
    private List<Expr> displayElements(Expr first, int close) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(close)) break;
            if (atKw("for")) missingComprehensionParens(elts, tokens.get(p - 1));
            elts.add(starNamedExpression());
        }
        if (atKw("for") && elts.size() > 1) missingComprehensionParens(elts, null);
        expect(close);
        return elts;
    }

    @Override
    final Expr listDisplay() {
        int s = p++;
        if (accept(RSQB)) return new Expr.List(NO_EXPRS, LOAD, ln(s), co(s), eln(), eco());
        Expr first = starNamedExpression();
        if (atKw("for") || atKw("async") && atKwAhead(1, "for")) {
            List<comprehension> gens = forIfClauses();
            expect(RSQB);
            return new Expr.ListComp(first, gens, ln(s), co(s), eln(), eco());
        }
        List<Expr> elts = displayElements(first, RSQB);
        return new Expr.List(elts, LOAD, ln(s), co(s), eln(), eco());
    }

    /** dict | set | dictcomp | setcomp */
    @Override
    final Expr braceDisplay() {
        int s = p++;
        if (accept(RBRACE)) return new Expr.Dict(NO_EXPRS, NO_EXPRS, ln(s), co(s), eln(), eco());
        if (at(DOUBLESTAR)) return dictRest(s, null, null);
        Expr first = starNamedExpression();
        if (at(COLON) && !(first instanceof Expr.Starred)) {
            Token colon = next();
            if (at(COMMA) || at(RBRACE)) throw errorAtToken("expression expected after dictionary key and ':'", colon);
            if (at(STAR)) {
                Token star = tok();
                int m = p++;
                try {
                    bitwiseOr();
                    throw errorFromTo("cannot use a starred expression in a dictionary value", star, tokens.get(p - 1));
                } catch (Fail f) { p = m; }
            }
            Expr value = expression();
            if (atKw("for") || atKw("async") && atKwAhead(1, "for")) {
                List<comprehension> gens = forIfClauses();
                expect(RBRACE);
                return new Expr.DictComp(first, value, gens, ln(s), co(s), eln(), eco());
            }
            return dictRest(s, first, value);
        }
        if (atKw("for") || atKw("async") && atKwAhead(1, "for")) {
            List<comprehension> gens = forIfClauses();
            expect(RBRACE);
            return new Expr.SetComp(first, gens, ln(s), co(s), eln(), eco());
        }
        List<Expr> elts = displayElements(first, RBRACE);
        return new Expr.Set(elts, ln(s), co(s), eln(), eco());
    }

    /** '[a, b for ...]': CPython's invalid_comprehension (range to the last element, or to the comma). */
    private void missingComprehensionParens(List<Expr> elts, Token comma) {
        int m = p;
        try {
            forIfClauses();
        } catch (Fail f) {
            p = m;
            return;
        }
        String msg = "did you forget parentheses around the comprehension target?";
        if (comma != null && elts.size() == 1) {
            Expr a = elts.get(0);
            throw errorRange("SyntaxError", msg, a.lineno(), src.cpColOfByteCol(a.lineno(), a.col_offset()), comma.endLine, comma.endCol);
        }
        throw errorAtNodes(msg, elts.get(0), elts.get(elts.size() - 1));
    }

    /** The rest of a dict display after its first key/value pair (or at its first '**'). */
    private Expr dictRest(int s, Expr key, Expr value) {
        List<Expr> keys = new ArrayList<>(), values = new ArrayList<>();
        if (key != null) {
            keys.add(key);
            values.add(value);
            if (!accept(COMMA)) { expect(RBRACE); return new Expr.Dict(keys, values, ln(s), co(s), eln(), eco()); }
        }
        while (!at(RBRACE)) {
            if (accept(DOUBLESTAR)) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr k = expression();
                if (!at(COLON) && (at(COMMA) || at(RBRACE))) {
                    throw errorRange("SyntaxError", "':' expected after dictionary key", k.lineno(),
                            src.cpColOfByteCol(k.lineno(), k.col_offset()), k.lineno(), -1);
                }
                keys.add(k);
                Token colon = expect(COLON);
                if (at(COMMA) || at(RBRACE)) throw errorAtToken("expression expected after dictionary key and ':'", colon);
                if (at(STAR)) {
                    Token star = tok();
                    int m = p++;
                    try {
                        bitwiseOr();
                        throw errorFromTo("cannot use a starred expression in a dictionary value", star, tokens.get(p - 1));
                    } catch (Fail f) { p = m; }
                }
                values.add(expression());
            }
            if (!accept(COMMA)) break;
        }
        expect(RBRACE);
        return new Expr.Dict(keys, values, ln(s), co(s), eln(), eco());
    }
}
