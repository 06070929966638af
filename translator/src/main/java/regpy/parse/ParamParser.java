package regpy.parse;

import static regpy.tokenize.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import regpy.ast.Expr;
import regpy.ast.TypeParam;
import regpy.ast.arg;
import regpy.ast.arguments;
import regpy.tokenize.Token;
import regpy.tokenize.Tokenizer;

/** Parameter lists of def and lambda (positional-only, defaults, *args, keyword-only, **kwargs) and type parameters. */
abstract class ParamParser extends LiteralParser {
    ParamParser(Tokenizer t) { super(t); }

    @Override
    final arguments lambdaParameters() { return parameters(true); }

    /** Parameters up to ')' (def) or ':' (lambda); the closer is not consumed. */
    final arguments parameters(boolean lambda) {
        int closer = lambda ? COLON : RPAR;
        List<arg> posonly = new ArrayList<>(), args = new ArrayList<>(), kwonly = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>(), kwDefaults = new ArrayList<>();
        arg vararg = null, kwarg = null;
        boolean star = false, slash = false;
        Token starTok = null;
        while (!at(closer)) {
            Token t = tok();
            if (kwarg != null) throw errorAtToken("arguments cannot follow var-keyword argument", t);
            if (t.type == SLASH) {
                if (slash) throw errorAtToken("/ may appear only once", t);
                if (star) throw errorAtToken("/ must be ahead of *", t);
                if (args.isEmpty()) throw errorAtToken("at least one argument must precede /", t);
                p++;
                if (at(STAR)) throw errorAtToken("expected comma between / and *", tok());
                slash = true;
                posonly.addAll(args);
                args.clear();
            } else if (t.type == STAR) {
                if (star) throw errorAtToken("* argument may appear only once", t);
                starTok = t;
                p++;
                star = true;
                if (!lambda && at(COMMA) && atAhead(1, TYPE_COMMENT))
                    throw errorAtToken("bare * has associated type comment", tok(p + 1));
                if (at(COMMA) || at(closer)) {
                    if (at(closer) || atAhead(1, closer) && at(COMMA) || at(COMMA) && atAhead(1, DOUBLESTAR) && !lambda)
                        throw errorAtToken("named arguments must follow bare *", lambda ? (at(closer) ? tok() : tok(p + 1)) : t);
                } else {
                    vararg = param(lambda, true);
                    if (at(EQUAL)) throw errorAtToken("var-positional argument cannot have default value", tok());
                    vararg = withTypeComment(vararg, closer);
                }
            } else if (t.type == DOUBLESTAR) {
                p++;
                kwarg = param(lambda, false);
                if (at(EQUAL)) throw errorAtToken("var-keyword argument cannot have default value", tok());
                kwarg = withTypeComment(kwarg, closer);
            } else {
                if (t.type == LPAR) parenthesizedParameters(lambda);
                arg a = param(lambda, false);
                Expr dflt = null;
                if (at(EQUAL)) {
                    Token eq = next();
                    if (at(COMMA) || at(closer)) throw errorAtToken("expected default value expression", eq);
                    dflt = expression();
                }
                a = withTypeComment(a, closer);
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) defaults.add(dflt);
                    else if (!defaults.isEmpty())
                        throw errorAtNode("parameter without a default follows parameter with a default", a);
                    args.add(a);
                }
            }
            if (!accept(COMMA)) break;
            if (!lambda && at(TYPE_COMMENT) && tokens.get(p - 2).type != SLASH) p++;   // taken by withTypeComment
        }
        if (!at(closer)) throw fail();
        if (star && vararg == null && kwonly.isEmpty()) throw errorAtToken("named arguments must follow bare *", starTok);
        return new arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** 'def f((a, b))': CPython's invalid_parameters / invalid_lambda_parameters. */
    private void parenthesizedParameters(boolean lambda) {
        int m = p;
        Token open = next();
        try {
            do {
                if (at(RPAR) && p > m + 1) break;
                name();
            } while (accept(COMMA));
            Token close = expect(RPAR);
            throw errorFromTo(lambda ? "Lambda expression parameters cannot be parenthesized"
                    : "Function parameters cannot be parenthesized", open, close);
        } catch (Fail f) {
            p = m;
        }
    }

    /**
     * param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')': the parameter with the type comment that
     * follows it. A comment before ')' is consumed here; one after ',' by the loop, past the comma.
     */
    private arg withTypeComment(arg a, int closer) {
        String tc;
        if (closer != RPAR) return a;   // lambda parameters have no type comments
        if (at(TYPE_COMMENT) && atAhead(1, closer)) tc = next().string;
        else if (at(COMMA) && atAhead(1, TYPE_COMMENT)) tc = tok(p + 1).string;
        else return a;
        return new arg(a.arg(), a.annotation(), tc, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
    }

    /** NAME [':' annotation]; after '*' the annotation may be a starred expression (*args: *Ts). */
    private arg param(boolean lambda, boolean afterStar) {
        int s = p;
        String id = name();
        Expr ann = null;
        if (!lambda && accept(COLON)) {
            if (afterStar && at(STAR)) ann = starExpression();
            else ann = expression();
        }
        return new arg(id, ann, null, ln(s), co(s), eln(), eco());
    }

    /** type_params: '[' type_param (',' type_param)* [','] ']' (or an empty list when absent). */
    final List<TypeParam> typeParams() {
        List<TypeParam> out = new ArrayList<>();
        if (!at(LSQB)) return out;
        Token open = next();
        if (at(RSQB)) throw errorAtPoint("Type parameter list cannot be empty", tok());
        while (!at(RSQB)) {
            int s = p;
            if (accept(STAR)) {
                String id = name();
                if (at(COLON)) throw errorAtToken("cannot use bound with TypeVarTuple", tok());
                Expr dflt = accept(EQUAL) ? starExpression() : null;
                out.add(new TypeParam.TypeVarTuple(id, dflt, ln(s), co(s), eln(), eco()));
            } else if (accept(DOUBLESTAR)) {
                String id = name();
                if (at(COLON)) throw errorAtToken("cannot use bound with ParamSpec", tok());
                Expr dflt = accept(EQUAL) ? expression() : null;
                out.add(new TypeParam.ParamSpec(id, dflt, ln(s), co(s), eln(), eco()));
            } else {
                String id = name();
                Expr bound = accept(COLON) ? expression() : null;
                Expr dflt = accept(EQUAL) ? expression() : null;
                out.add(new TypeParam.TypeVar(id, bound, dflt, ln(s), co(s), eln(), eco()));
            }
            if (!accept(COMMA)) break;
        }
        expect(RSQB);
        return out;
    }
}
