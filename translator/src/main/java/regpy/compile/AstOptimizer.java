package regpy.compile;

import java.util.ArrayList;
import java.util.List;
import regpy.ast.*;
import regpy.code.Const;

/**
 * CPython 3.13's AST optimizer (ast_opt.c): folds operators on constants (within CPython's size
 * limits), constant tuples, constant subscripts, `not` over is/in comparisons, literal lists and
 * sets iterated or tested with `in` (to tuples and frozensets), and {@code __debug__}.
 */
final class AstOptimizer {
    private final int optimize;

    private AstOptimizer(int optimize) { this.optimize = optimize; }

    static Mod optimize(Mod tree, int optimize) { return (Mod) new AstOptimizer(optimize).visit(tree); }

    /** Rebuild a node bottom-up, folding expressions on the way. */
    private Node visit(Node node) {
        if (node instanceof Enum<?>) return node;
        NodeType t = NodeType.of(node);
        int nf = t.fields().size(), na = t.attributes().size();
        Object[] values = new Object[nf + na];
        boolean changed = false;
        for (int i = 0; i < nf; i++) {
            Object v = t.get(node, t.fields().get(i).name());
            Object nv = visitValue(v);
            if (nv != v) changed = true;
            values[i] = nv;
        }
        for (int i = 0; i < na; i++) values[nf + i] = t.get(node, t.attributes().get(i));
        Node out = changed ? t.create(values) : node;
        return switch (out) {
            case Expr e -> fold(e);
            case Stmt.For f -> {
                Expr it = foldIter(f.iter());
                yield it == f.iter() ? f : new Stmt.For(f.target(), it, f.body(), f.orelse(), f.type_comment(),
                        f.lineno(), f.col_offset(), f.end_lineno(), f.end_col_offset());
            }
            case comprehension c -> {
                Expr it = foldIter(c.iter());
                yield it == c.iter() ? c : new comprehension(c.target(), it, c.ifs(), c.is_async());
            }
            default -> out;
        };
    }

    private Object visitValue(Object v) {
        if (v instanceof Node n) return visit(n);
        if (v instanceof List<?> l) {
            List<Object> out = null;
            for (int i = 0; i < l.size(); i++) {
                Object x = l.get(i);
                Object nx = x instanceof Node n ? visit(n) : x;
                if (nx != x && out == null) out = new ArrayList<>(l);
                if (out != null) out.set(i, nx);
            }
            return out == null ? v : java.util.Collections.unmodifiableList(out);
        }
        return v;
    }

    private static Expr.Constant constant(Expr at, Object value) {
        return new Expr.Constant(value, null, at.lineno(), at.col_offset(), at.end_lineno(), at.end_col_offset());
    }

    private Expr fold(Expr e) {
        switch (e) {
            case Expr.BinOp b -> {
                if (b.op() == Operator.Mod && b.left() instanceof Expr.Constant l && l.value() instanceof String fmt
                        && b.right() instanceof Expr.Tuple t && !hasStarred(t.elts())) {
                    Expr f = PercentFormat.optimize(b, fmt, t.elts());
                    return f == null ? e : f;
                }
                if (b.left() instanceof Expr.Constant l && b.right() instanceof Expr.Constant r) {
                    Object v = ConstFold.binop(b.op(), l.value(), r.value());
                    if (v != null) return constant(e, v);
                }
                return e;
            }
            case Expr.UnaryOp un -> {
                if (un.operand() instanceof Expr.Constant c) {
                    Object v = ConstFold.unary(un.op(), c.value());
                    return v == null ? e : constant(e, v);
                }
                if (un.op() == Unaryop.Not && un.operand() instanceof Expr.Compare c && c.ops().size() == 1) {
                    Cmpop inv = switch (c.ops().getFirst()) {
                        case Is -> Cmpop.IsNot; case IsNot -> Cmpop.Is; case In -> Cmpop.NotIn; case NotIn -> Cmpop.In;
                        default -> null;
                    };
                    if (inv != null) return new Expr.Compare(c.left(), List.of(inv), c.comparators(), c.lineno(),
                            c.col_offset(), c.end_lineno(), c.end_col_offset());
                }
                return e;
            }
            case Expr.Tuple t -> {
                if (t.ctx() != ExprContext.Load) return e;
                Object tup = constTuple(t.elts());
                return tup == null ? e : constant(e, tup);
            }
            case Expr.Subscript s -> {
                if (s.ctx() == ExprContext.Load && s.value() instanceof Expr.Constant v && s.slice() instanceof Expr.Constant i) {
                    Object r = ConstFold.subscript(v.value(), i.value());
                    if (r != null) return constant(e, r);
                }
                return e;
            }
            case Expr.Compare c -> {
                int last = c.ops().size() - 1;
                Cmpop op = c.ops().get(last);
                if (op == Cmpop.In || op == Cmpop.NotIn) {
                    Expr arg = c.comparators().get(last);
                    Expr folded = foldIter(arg);
                    if (folded != arg) {
                        List<Expr> comps = new ArrayList<>(c.comparators());
                        comps.set(last, folded);
                        return new Expr.Compare(c.left(), c.ops(), comps, c.lineno(), c.col_offset(), c.end_lineno(), c.end_col_offset());
                    }
                }
                return e;
            }
            case Expr.Name n -> {
                if (n.ctx() == ExprContext.Load && n.id().equals("__debug__")) return constant(e, optimize == 0);
                return e;
            }
            default -> { return e; }
        }
    }

    private static boolean hasStarred(List<Expr> elts) {
        for (Expr x : elts) if (x instanceof Expr.Starred) return true;
        return false;
    }

    private static Const.Tuple constTuple(List<Expr> elts) {
        List<Object> vals = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            if (!(x instanceof Expr.Constant c)) return null;
            vals.add(c.value());
        }
        return new Const.Tuple(vals);
    }

    /** fold_iter: a literal list becomes a tuple, a literal set of constants a frozenset. */
    private static Expr foldIter(Expr arg) {
        switch (arg) {
            case Expr.List l -> {
                if (hasStarred(l.elts())) return arg;
                Const.Tuple t = constTuple(l.elts());
                if (t != null) return constant(arg, t);
                return new Expr.Tuple(l.elts(), l.ctx(), l.lineno(), l.col_offset(), l.end_lineno(), l.end_col_offset());
            }
            case Expr.Set s -> {
                Const.Tuple t = constTuple(s.elts());
                if (t == null) return arg;
                return constant(arg, new Const.FrozenSet(ConstFold.dedupe(t.items())));
            }
            default -> { return arg; }
        }
    }
}
