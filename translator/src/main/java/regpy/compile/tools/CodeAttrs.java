package regpy.compile.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import regpy.code.CodeObject;
import regpy.code.Const;
import regpy.code.Repr;

/**
 * A code object's attributes as text, one block per code object (outer first, nested ones
 * recursively), in the format the CPython-side scripts print: the unit of comparison for
 * compiler parity. Code objects print as {@code <code object f at 0x..., file "x.py", line 1>}.
 */
public final class CodeAttrs {
    private CodeAttrs() {}

    public static String repr(Object v) {
        if (v instanceof CodeObject c)
            return "<code object " + c.name + " at 0x..., file \"" + c.filename + "\", line " + c.firstlineno + ">";
        if (v instanceof Const.Tuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items().size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(t.items().get(i)));
            }
            if (t.items().size() == 1) sb.append(',');
            return sb.append(')').toString();
        }
        return Repr.of(v);
    }

    private static String tuple(String[] items) {
        return repr(new Const.Tuple(new ArrayList<>(Arrays.asList((Object[]) items))));
    }

    /** Every code object's block, outer first. */
    public static List<String> blocks(CodeObject c) {
        List<String> out = new ArrayList<>();
        walk(c, out);
        return out;
    }

    public static String format(CodeObject c) { return String.join("", blocks(c)); }

    private static void walk(CodeObject c, List<String> out) {
        HexFormat hex = HexFormat.of();
        StringBuilder sb = new StringBuilder();
        sb.append("code ").append(c.qualname).append('\n');
        sb.append("co_name ").append(repr(c.name)).append('\n');
        sb.append("co_qualname ").append(repr(c.qualname)).append('\n');
        sb.append("co_argcount ").append(c.argcount).append('\n');
        sb.append("co_posonlyargcount ").append(c.posonlyargcount).append('\n');
        sb.append("co_kwonlyargcount ").append(c.kwonlyargcount).append('\n');
        sb.append("co_nlocals ").append(c.nlocals()).append('\n');
        sb.append("co_stacksize ").append(c.stacksize).append('\n');
        sb.append("co_flags ").append(c.flags).append('\n');
        sb.append("co_firstlineno ").append(c.firstlineno).append('\n');
        sb.append("co_names ").append(tuple(c.names)).append('\n');
        sb.append("co_varnames ").append(tuple(c.varnames())).append('\n');
        sb.append("co_cellvars ").append(tuple(c.cellvars())).append('\n');
        sb.append("co_freevars ").append(tuple(c.freevars())).append('\n');
        sb.append("co_consts ").append(repr(new Const.Tuple(Arrays.asList(c.consts)))).append('\n');
        sb.append("co_code ").append(hex.formatHex(c.code)).append('\n');
        sb.append("co_linetable ").append(hex.formatHex(c.linetable)).append('\n');
        sb.append("co_exceptiontable ").append(hex.formatHex(c.exceptiontable)).append('\n');
        out.add(sb.toString());
        for (Object k : c.consts) if (k instanceof CodeObject n) walk(n, out);
    }
}
