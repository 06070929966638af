package regpy.ast;

import java.util.ArrayList;
import java.util.List;
import regpy.code.Repr;

/**
 * CPython 3.13's {@code ast.dump(node, annotate_fields=True, include_attributes=False, *,
 * indent=None, show_empty=False)}, over the reflective {@link NodeType} view.
 */
public final class AstDump {
    private final boolean annotateFields;
    private final boolean includeAttributes;
    private final String indent;        // null for the one-line form
    private final boolean showEmpty;

    private AstDump(boolean annotateFields, boolean includeAttributes, String indent, boolean showEmpty) {
        this.annotateFields = annotateFields;
        this.includeAttributes = includeAttributes;
        this.indent = indent;
        this.showEmpty = showEmpty;
    }

    /** ast.dump(node) with the default options. */
    public static String dump(Node node) { return dump(node, true, false, null, false); }

    /** indent: null, or the indent string (ast.dump turns an int n into n spaces first). */
    public static String dump(Node node, boolean annotateFields, boolean includeAttributes, String indent, boolean showEmpty) {
        return new AstDump(annotateFields, includeAttributes, indent, showEmpty).format(node, 0).text;
    }

    private record Out(String text, boolean simple) {}

    private Out format(Object node, int level) {
        String prefix, sep;
        if (indent != null) {
            level++;
            String pad = indent.repeat(level);
            prefix = "\n" + pad;
            sep = ",\n" + pad;
        } else {
            prefix = "";
            sep = ", ";
        }
        if (node instanceof Node n) {
            NodeType type = NodeType.of(n);
            List<String> args = new ArrayList<>();
            List<String> buffer = new ArrayList<>();
            boolean allSimple = true;
            boolean keywords = annotateFields;
            boolean special = n instanceof Expr.Constant || n instanceof Pattern.MatchSingleton;
            for (NodeType.Field f : type.fields()) {
                Object value = type.get(n, f.name());
                if (value == null && f.optional()) { keywords = true; continue; }
                if (!showEmpty && (value == null || value instanceof List<?> l && l.isEmpty()) && !special) {
                    buffer.add(value == null ? "None" : "[]");
                    continue;
                } else if (!keywords) {
                    args.addAll(buffer);
                    buffer.clear();
                }
                Out o = format(value, level);
                allSimple &= o.simple;
                args.add(keywords ? f.name() + "=" + o.text : o.text);
            }
            if (includeAttributes) {
                for (String a : type.attributes()) {
                    Object value = type.get(n, a);
                    if (value == null) continue;
                    Out o = format(value, level);
                    allSimple &= o.simple;
                    args.add(a + "=" + o.text);
                }
            }
            if (allSimple && args.size() <= 3) return new Out(type.name() + "(" + String.join(", ", args) + ")", args.isEmpty());
            return new Out(type.name() + "(" + prefix + String.join(sep, args) + ")", false);
        }
        if (node instanceof List<?> list) {
            if (list.isEmpty()) return new Out("[]", true);
            StringBuilder sb = new StringBuilder("[").append(prefix);
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) sb.append(sep);
                sb.append(format(list.get(i), level).text);
            }
            return new Out(sb.append(']').toString(), false);
        }
        if (node == null) return new Out("None", true);
        return new Out(Repr.of(node), true);
    }
}
