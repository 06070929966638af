package regpy.compile;

import java.util.ArrayList;
import java.util.List;
import regpy.ast.Expr;

/**
 * ast_opt.c's optimize_format (3.13): {@code 'x=%s, y=%r' % (a, b)} with only %s/%r/%a units
 * (optional width and precision) becomes the f-string {@code f'x={a!s}, y={b!r}'}.
 */
final class PercentFormat {
    private PercentFormat() {}

    private static final int MAXDIGITS = 3;

    /** The JoinedStr replacing node, or null to leave it alone. */
    static Expr optimize(Expr.BinOp node, String fmt, List<Expr> elts) {
        int[] pos = {0};
        int cnt = 0;
        List<Expr> seq = new ArrayList<>();
        int len = fmt.length();
        while (true) {
            Expr lit = literal(fmt, pos);
            if (lit != null) seq.add(lit);
            if (pos[0] >= len) break;
            if (cnt >= elts.size()) return null;
            pos[0]++;
            Expr fv = format(fmt, pos, elts.get(cnt));
            cnt++;
            if (fv == null) return null;
            seq.add(fv);
        }
        if (cnt < elts.size()) return null;
        return new Expr.JoinedStr(seq, node.lineno(), node.col_offset(), node.end_lineno(), node.end_col_offset());
    }

    private static Expr literal(String fmt, int[] ppos) {
        int start = ppos[0], p = start, size = fmt.length();
        boolean percents = false;
        while (p < size) {
            if (fmt.charAt(p) != '%') p++;
            else if (p + 1 < size && fmt.charAt(p + 1) == '%') { percents = true; p += 2; }
            else break;
        }
        ppos[0] = p;
        if (p == start) return null;
        String str = fmt.substring(start, p);
        if (percents) str = str.replace("%%", "%");
        return new Expr.Constant(str, null, -1, -1, -1, -1);
    }

    private static Expr format(String fmt, int[] ppos, Expr arg) {
        int p = ppos[0], len = fmt.length();
        boolean ljust = false;
        int width = -1, prec = -1;
        char ch;
        while (true) {
            if (p >= len) return null;
            ch = fmt.charAt(p++);
            if (ch == '-') { ljust = true; continue; }
            if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') continue;
            break;
        }
        if (ch >= '0' && ch <= '9') {
            width = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (p >= len) return null;
                ch = fmt.charAt(p++);
                if (++digits >= MAXDIGITS) return null;
            }
        }
        if (ch == '.') {
            if (p >= len) return null;
            ch = fmt.charAt(p++);
            prec = 0;
            if (ch >= '0' && ch <= '9') {
                int digits = 0;
                while (ch >= '0' && ch <= '9') {
                    prec = prec * 10 + (ch - '0');
                    if (p >= len) return null;
                    ch = fmt.charAt(p++);
                    if (++digits >= MAXDIGITS) return null;
                }
            }
        }
        ppos[0] = p;
        if (ch != 's' && ch != 'r' && ch != 'a') return null;
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) spec.append('>');
        if (width >= 0) spec.append(width);
        if (prec >= 0) spec.append('.').append(prec);
        Expr formatSpec = spec.isEmpty() ? null : new Expr.Constant(spec.toString(), null, -1, -1, -1, -1);
        return new Expr.FormattedValue(arg, ch, formatSpec, arg.lineno(), arg.col_offset(), arg.end_lineno(), arg.end_col_offset());
    }
}
