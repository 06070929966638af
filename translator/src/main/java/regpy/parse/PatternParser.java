package regpy.parse;

import static regpy.tokenize.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import regpy.ast.Expr;
import regpy.ast.Operator;
import regpy.ast.Pattern;
import regpy.ast.Unaryop;
import regpy.code.Const;
import regpy.tokenize.Token;
import regpy.tokenize.Tokenizer;

/** match-statement patterns (PEP 634): literals, captures, values, sequences, mappings, classes, or, as. */
abstract class PatternParser extends ParamParser {
    PatternParser(Tokenizer t) { super(t); }

    /** patterns: open_sequence_pattern | pattern */
    final Pattern patterns() {
        int s = p;
        Pattern first = maybeStarPattern();
        if (!at(COMMA)) {
            if (first instanceof Pattern.MatchStar) throw fail();
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(COMMA)) {
            if (at(COLON) || atKw("if")) break;
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(items, ln(s), co(s), eln(), eco());
    }

    private Pattern maybeStarPattern() {
        if (at(STAR)) {
            int s = p++;
            String id = name();
            return new Pattern.MatchStar(id.equals("_") ? null : id, ln(s), co(s), eln(), eco());
        }
        return pattern();
    }

    /** pattern: or_pattern ['as' NAME] */
    final Pattern pattern() {
        int s = p;
        Pattern or = orPattern();
        if (!atKw("as")) return or;
        p++;
        Token t = tok();
        if (t.type == NAME && t.string.equals("_")) throw errorAtToken("cannot use '_' as a target", t);
        if (!atName()) {
            int m = p;
            try {
                Expr e = expression();
                throw errorAtNode("invalid pattern target", e);
            } catch (Fail f) {
                p = m;
                throw fail();
            }
        }
        String id = name();
        return new Pattern.MatchAs(or, id, ln(s), co(s), eln(), eco());
    }

    private Pattern orPattern() {
        int s = p;
        Pattern first = closedPattern();
        if (!at(VBAR)) return first;
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept(VBAR)) alts.add(closedPattern());
        return new Pattern.MatchOr(alts, ln(s), co(s), eln(), eco());
    }

    private Pattern closedPattern() {
        int s = p;
        Token t = tok();
        switch (t.type) {
            case NUMBER, MINUS -> {
                Expr v = signedOrComplex();
                return new Pattern.MatchValue(v, ln(v), co(v), eln(v), eco(v));
            }
            case STRING, FSTRING_START -> {
                Expr v = strings();
                if (v instanceof Expr.JoinedStr) throw errorAtNode("patterns may only match literals and attribute lookups", v);
                return new Pattern.MatchValue(v, ln(v), co(v), eln(v), eco(v));
            }
            case LPAR -> { return parenPattern(); }
            case LSQB -> {
                p++;
                List<Pattern> items = sequenceItems(RSQB);
                expect(RSQB);
                return new Pattern.MatchSequence(items, ln(s), co(s), eln(), eco());
            }
            case LBRACE -> { return mappingPattern(); }
            case NAME -> {
                switch (t.string) {
                    case "None": p++; return new Pattern.MatchSingleton(Const.NONE, ln(s), co(s), eln(), eco());
                    case "True": p++; return new Pattern.MatchSingleton(Boolean.TRUE, ln(s), co(s), eln(), eco());
                    case "False": p++; return new Pattern.MatchSingleton(Boolean.FALSE, ln(s), co(s), eln(), eco());
                    default: break;
                }
                if (!atName()) throw fail();
                Expr target = nameOrAttr();
                if (at(LPAR)) return classPattern(target);
                if (target instanceof Expr.Name n) {
                    if (n.id().equals("_")) return new Pattern.MatchAs(null, null, ln(s), co(s), eln(), eco());
                    return new Pattern.MatchAs(null, n.id(), ln(s), co(s), eln(), eco());
                }
                return new Pattern.MatchValue(target, ln(target), co(target), eln(target), eco(target));
            }
            default -> throw fail();
        }
    }

    /** NAME ('.' NAME)* as Name / Attribute (Load). */
    private Expr nameOrAttr() {
        int s = p;
        Expr e = new Expr.Name(name(), LOAD, ln(s), co(s), eln(), eco());
        while (accept(DOT)) {
            String attr = name();
            e = new Expr.Attribute(e, attr, LOAD, ln(s), co(s), eln(), eco());
        }
        return e;
    }

    /** signed_number, or real +/- imaginary. */
    private Expr signedOrComplex() {
        int s = p;
        Expr real;
        if (accept(MINUS)) {
            Expr n = number();
            real = new Expr.UnaryOp(Unaryop.USub, n, ln(s), co(s), eln(), eco());
        } else real = number();
        if (at(PLUS) || at(MINUS)) {
            Operator op = next().type == PLUS ? Operator.Add : Operator.Sub;
            Expr imag = number();
            if (!(((Expr.Constant) imag).value() instanceof Const.Complex))
                throw errorAtNode("imaginary number required in complex literal", imag);
            Object rv = real instanceof Expr.Constant c ? c.value() : ((Expr.Constant) ((Expr.UnaryOp) real).operand()).value();
            if (rv instanceof Const.Complex) throw errorAtNode("real number required in complex literal", real);
            return new Expr.BinOp(real, op, imag, ln(s), co(s), eln(), eco());
        }
        return real;
    }

    private Pattern parenPattern() {
        int s = p++;
        if (accept(RPAR)) return new Pattern.MatchSequence(List.of(), ln(s), co(s), eln(), eco());
        Pattern first = maybeStarPattern();
        if (accept(RPAR)) {
            if (first instanceof Pattern.MatchStar) return new Pattern.MatchSequence(List.of(first), ln(s), co(s), eln(), eco());
            return first;
        }
        expect(COMMA);
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        items.addAll(sequenceItems(RPAR));
        expect(RPAR);
        return new Pattern.MatchSequence(items, ln(s), co(s), eln(), eco());
    }

    private List<Pattern> sequenceItems(int closer) {
        List<Pattern> items = new ArrayList<>();
        while (!at(closer)) {
            items.add(maybeStarPattern());
            if (!accept(COMMA)) break;
        }
        return items;
    }

    private Pattern mappingPattern() {
        int s = p++;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at(RBRACE)) {
            if (accept(DOUBLESTAR)) {
                if (tok().type == NAME && tok().string.equals("_")) throw fail();
                rest = name();
                accept(COMMA);
                if (!at(RBRACE)) throw fail();
                break;
            }
            keys.add(mappingKey());
            expect(COLON);
            values.add(pattern());
            if (!accept(COMMA)) break;
        }
        expect(RBRACE);
        return new Pattern.MatchMapping(keys, values, rest, ln(s), co(s), eln(), eco());
    }

    private Expr mappingKey() {
        int s = p;
        Token t = tok();
        if (t.type == NUMBER || t.type == MINUS) return signedOrComplex();
        if (t.type == STRING || t.type == FSTRING_START) return strings();
        if (t.type == NAME) {
            switch (t.string) {
                case "None": p++; return new Expr.Constant(Const.NONE, null, ln(s), co(s), eln(), eco());
                case "True": p++; return new Expr.Constant(Boolean.TRUE, null, ln(s), co(s), eln(), eco());
                case "False": p++; return new Expr.Constant(Boolean.FALSE, null, ln(s), co(s), eln(), eco());
                default: break;
            }
            Expr e = nameOrAttr();
            if (e instanceof Expr.Attribute) return e;
        }
        throw fail();
    }

    private Pattern classPattern(Expr cls) {
        expect(LPAR);
        List<Pattern> pats = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPats = new ArrayList<>();
        while (!at(RPAR)) {
            if (atName() && atAhead(1, EQUAL)) {
                kwdAttrs.add(name());
                p++;
                kwdPats.add(pattern());
            } else {
                Pattern pt = pattern();
                if (!kwdAttrs.isEmpty()) throw errorAtNode("positional patterns follow keyword patterns", pt);
                pats.add(pt);
            }
            if (!accept(COMMA)) break;
        }
        expect(RPAR);
        return new Pattern.MatchClass(cls, pats, kwdAttrs, kwdPats, ln(cls), co(cls), eln(), eco());
    }
}
