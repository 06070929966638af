package regpy.parse;

import java.util.ArrayList;
import java.util.List;
import regpy.ast.Expr;
import regpy.ast.ExprContext;
import regpy.code.Const;

/**
 * Assignment and deletion targets: expressions parsed in Load context are rebuilt with Store or
 * Del, and invalid targets are reported with CPython's "cannot assign to ..." / "cannot delete ..."
 * messages (its _PyPegen_get_invalid_target and _PyPegen_get_expr_name).
 */
final class Targets {
    private Targets() {}

    /** e rebuilt with ctx; SyntaxError "cannot assign to X" / "cannot delete X" at the first invalid part. */
    static Expr withContext(ParserBase ps, Expr e, ExprContext ctx) {
        Expr bad = invalid(e, ctx);
        if (bad != null) {
            String verb = ctx == ExprContext.Del ? "cannot delete " : "cannot assign to ";
            throw ps.errorAtNode(verb + describe(bad), bad);
        }
        return set(e, ctx);
    }

    /** The first sub-expression that cannot be a target in ctx, or null. */
    static Expr invalid(Expr e, ExprContext ctx) { return invalid(e, ctx, false); }

    /**
     * The invalid part of a for-loop target (CPython's FOR_TARGETS): a comparison there is the
     * target and 'in' run together, so only the left of an 'in' is examined, and any other
     * comparison leaves the error to the generic "invalid syntax".
     */
    static Expr invalidForTarget(Expr e) { return invalid(e, ExprContext.Store, true); }

    private static Expr invalid(Expr e, ExprContext ctx, boolean forTargets) {
        switch (e) {
            case Expr.Name n -> { return null; }
            case Expr.Attribute a -> { return null; }
            case Expr.Subscript s -> { return null; }
            case Expr.Starred s -> {
                if (ctx == ExprContext.Del) return e;
                return invalid(s.value(), ctx, forTargets);
            }
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) { Expr b = invalid(x, ctx, forTargets); if (b != null) return b; }
                return null;
            }
            case Expr.List l -> {
                for (Expr x : l.elts()) { Expr b = invalid(x, ctx, forTargets); if (b != null) return b; }
                return null;
            }
            case Expr.Compare c -> {
                if (forTargets) return c.ops().get(0) == regpy.ast.Cmpop.In ? invalid(c.left(), ctx, true) : null;
                // 'x in y = 1' and the like: CPython points at the part left of 'in' as well.
                if (ctx == ExprContext.Store && c.ops().get(0) == regpy.ast.Cmpop.In) return invalid(c.left(), ctx, false);
                return e;
            }
            default -> { return e; }
        }
    }

    /** e with its context (and its elements' contexts) set to ctx. */
    static Expr set(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
            case Expr.Starred s -> new Expr.Starred(set(s.value(), ctx), ctx, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
            case Expr.Tuple t -> new Expr.Tuple(setAll(t.elts(), ctx), ctx, t.lineno(), t.col_offset(), t.end_lineno(), t.end_col_offset());
            case Expr.List l -> new Expr.List(setAll(l.elts(), ctx), ctx, l.lineno(), l.col_offset(), l.end_lineno(), l.end_col_offset());
            default -> e;
        };
    }

    private static List<Expr> setAll(List<Expr> es, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(es.size());
        for (Expr x : es) out.add(set(x, ctx));
        return out;
    }

    /** CPython's _PyPegen_get_expr_name: how messages name an expression kind. */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> {
                Object v = c.value();
                if (v == Const.NONE) yield "None";
                if (v == Boolean.TRUE) yield "True";
                if (v == Boolean.FALSE) yield "False";
                if (v == Const.ELLIPSIS) yield "ellipsis";
                yield "literal";
            }
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }
}
