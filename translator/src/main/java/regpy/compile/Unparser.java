package regpy.compile;

import java.util.List;
import regpy.ast.*;
import regpy.code.Const;
import regpy.code.Repr;

/**
 * Annotation text under {@code from __future__ import annotations} (CPython's ast_unparse.c):
 * the expression written back with minimal parentheses, by operator precedence.
 */
final class Unparser {
    private Unparser() {}

    // precedence levels of ast_unparse.c
    private static final int PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5, PR_EXPR = 6,
            PR_BOR = PR_EXPR, PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11, PR_FACTOR = 12,
            PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

    static String unparse(Expr e) {
        StringBuilder sb = new StringBuilder();
        expr(sb, e, PR_TEST);
        return sb.toString();
    }

    private static void open(StringBuilder sb, boolean cond) { if (cond) sb.append('('); }
    private static void close(StringBuilder sb, boolean cond) { if (cond) sb.append(')'); }

    private static void join(StringBuilder sb, List<Expr> es, int level) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) sb.append(", ");
            expr(sb, es.get(i), level);
        }
    }

    private static void expr(StringBuilder sb, Expr e, int level) {
        switch (e) {
            case Expr.Name n -> sb.append(n.id());
            case Expr.Constant c -> {
                if (c.value() == Const.ELLIPSIS) sb.append("...");
                else if (c.value() instanceof Double || c.value() instanceof Const.Complex) {
                    String r = Repr.of(c.value());
                    sb.append(r.replace("inf", "1e309"));
                } else sb.append(Repr.of(c.value()));
            }
            case Expr.Attribute a -> {
                expr(sb, a.value(), PR_ATOM);
                if (a.value() instanceof Expr.Constant c && (c.value() instanceof Long || c.value() instanceof java.math.BigInteger))
                    sb.append(' ');
                sb.append('.').append(a.attr());
            }
            case Expr.Subscript s -> {
                expr(sb, s.value(), PR_ATOM);
                sb.append('[');
                expr(sb, s.slice(), PR_TUPLE);
                sb.append(']');
            }
            case Expr.Tuple t -> {
                if (t.elts().isEmpty()) { sb.append("()"); return; }
                open(sb, level > PR_TUPLE);
                join(sb, t.elts(), PR_TEST);
                if (t.elts().size() == 1) sb.append(',');
                close(sb, level > PR_TUPLE);
            }
            case Expr.List l -> { sb.append('['); join(sb, l.elts(), PR_TEST); sb.append(']'); }
            case Expr.Set s -> { sb.append('{'); join(sb, s.elts(), PR_TEST); sb.append('}'); }
            case Expr.Dict d -> {
                sb.append('{');
                for (int i = 0; i < d.keys().size(); i++) {
                    if (i > 0) sb.append(", ");
                    if (d.keys().get(i) == null) { sb.append("**"); expr(sb, d.values().get(i), PR_EXPR); }
                    else { expr(sb, d.keys().get(i), PR_TEST); sb.append(": "); expr(sb, d.values().get(i), PR_TEST); }
                }
                sb.append('}');
            }
            case Expr.Starred s -> { sb.append('*'); expr(sb, s.value(), PR_EXPR); }
            case Expr.BinOp b -> {
                int pr;
                String op;
                switch (b.op()) {
                    case Add -> { pr = PR_ARITH; op = " + "; }
                    case Sub -> { pr = PR_ARITH; op = " - "; }
                    case Mult -> { pr = PR_TERM; op = " * "; }
                    case MatMult -> { pr = PR_TERM; op = " @ "; }
                    case Div -> { pr = PR_TERM; op = " / "; }
                    case Mod -> { pr = PR_TERM; op = " % "; }
                    case FloorDiv -> { pr = PR_TERM; op = " // "; }
                    case LShift -> { pr = PR_SHIFT; op = " << "; }
                    case RShift -> { pr = PR_SHIFT; op = " >> "; }
                    case BitOr -> { pr = PR_BOR; op = " | "; }
                    case BitXor -> { pr = PR_BXOR; op = " ^ "; }
                    case BitAnd -> { pr = PR_BAND; op = " & "; }
                    default -> { pr = PR_POWER; op = " ** "; }
                }
                boolean rassoc = b.op() == Operator.Pow;
                open(sb, level > pr);
                expr(sb, b.left(), rassoc ? pr + 1 : pr);
                sb.append(op);
                expr(sb, b.right(), rassoc ? pr : pr + 1);
                close(sb, level > pr);
            }
            case Expr.UnaryOp u -> {
                int pr = u.op() == Unaryop.Not ? PR_NOT : PR_FACTOR;
                open(sb, level > pr);
                sb.append(switch (u.op()) { case Not -> "not "; case Invert -> "~"; case UAdd -> "+"; case USub -> "-"; });
                expr(sb, u.operand(), pr);
                close(sb, level > pr);
            }
            case Expr.BoolOp b -> {
                int pr = b.op() == Boolop.And ? PR_AND : PR_OR;
                open(sb, level > pr);
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) sb.append(b.op() == Boolop.And ? " and " : " or ");
                    expr(sb, b.values().get(i), pr + 1);
                }
                close(sb, level > pr);
            }
            case Expr.Compare c -> {
                open(sb, level > PR_CMP);
                expr(sb, c.left(), PR_CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    sb.append(switch (c.ops().get(i)) {
                        case Eq -> " == "; case NotEq -> " != "; case Lt -> " < "; case LtE -> " <= "; case Gt -> " > ";
                        case GtE -> " >= "; case Is -> " is "; case IsNot -> " is not "; case In -> " in "; case NotIn -> " not in ";
                    });
                    expr(sb, c.comparators().get(i), PR_CMP + 1);
                }
                close(sb, level > PR_CMP);
            }
            case Expr.IfExp i -> {
                open(sb, level > PR_TEST);
                expr(sb, i.body(), PR_TEST + 1);
                sb.append(" if ");
                expr(sb, i.test(), PR_TEST + 1);
                sb.append(" else ");
                expr(sb, i.orelse(), PR_TEST);
                close(sb, level > PR_TEST);
            }
            case Expr.Call c -> {
                expr(sb, c.func(), PR_ATOM);
                sb.append('(');
                boolean first = true;
                for (Expr a : c.args()) {
                    if (!first) sb.append(", ");
                    first = false;
                    expr(sb, a, PR_TEST);
                }
                for (keyword k : c.keywords()) {
                    if (!first) sb.append(", ");
                    first = false;
                    if (k.arg() == null) sb.append("**"); else sb.append(k.arg()).append('=');
                    expr(sb, k.value(), PR_TEST);
                }
                sb.append(')');
            }
            case Expr.Slice s -> {
                if (s.lower() != null) expr(sb, s.lower(), PR_TEST);
                sb.append(':');
                if (s.upper() != null) expr(sb, s.upper(), PR_TEST);
                if (s.step() != null) { sb.append(':'); expr(sb, s.step(), PR_TEST); }
            }
            case Expr.Await a -> { open(sb, level > PR_AWAIT); sb.append("await "); expr(sb, a.value(), PR_ATOM); close(sb, level > PR_AWAIT); }
            default -> throw new UnsupportedOperationException(
                    "regpy compiler: stringified annotation of " + e.getClass().getSimpleName() + " is not implemented yet");
        }
    }
}
