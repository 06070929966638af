package regpy.compile.tools;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import regpy.ast.Node;
import regpy.ast.NodeType;
import regpy.code.Const;
import regpy.code.Marshal;

/**
 * Reads the AST text that gen_corpus.py and scripts/compile-parity write (CPython's own ast.parse of a
 * module: "(Class fields... attributes...)", "[list]", "N" for absent, "#hex" marshal atoms), so the
 * compiler is tested on exactly CPython's trees, independently of regpy's parser.
 */
public final class AstText {
    private final String s;
    private int pos;

    private AstText(String s) { this.s = s; }

    public static Node read(String text) { return (Node) new AstText(text.strip()).value(null); }

    /** One value; {@code field} tells how to convert atoms (null for list items of node type). */
    private Object value(NodeType.Field field) {
        skipSpace();
        char c = s.charAt(pos);
        if (c == '(') {
            pos++;
            int start = pos;
            while (pos < s.length() && s.charAt(pos) != ' ' && s.charAt(pos) != ')') pos++;
            NodeType type = NodeType.byName(s.substring(start, pos));
            int nf = type.fields().size(), na = type.attributes().size();
            Object[] values = new Object[nf + na];
            for (int i = 0; i < nf; i++) values[i] = value(type.fields().get(i));
            for (int i = 0; i < na; i++) values[nf + i] = value(new NodeType.Field(type.attributes().get(i), "int", true, false));
            skipSpace();
            pos++; // ')'
            return type.create(values);
        }
        if (c == '[') {
            pos++;
            List<Object> items = new ArrayList<>();
            NodeType.Field item = field == null ? null : new NodeType.Field(field.name(), field.type(), false, false);
            while (true) {
                skipSpace();
                if (s.charAt(pos) == ']') { pos++; return items; }
                items.add(value(item));
            }
        }
        if (c == 'N') { pos++; return null; }
        pos++; // '#'
        int start = pos;
        while (pos < s.length() && Character.isLetterOrDigit(s.charAt(pos))) pos++;
        Object v = Marshal.loads(HexFormat.of().parseHex(s, start, pos));
        if (field != null && field.type().equals("constant")) return v;
        if (v == Const.NONE) return null;
        if (v instanceof Long l && field != null && field.type().equals("int")) return (int) (long) l;
        return v;
    }

    private void skipSpace() { while (pos < s.length() && s.charAt(pos) == ' ') pos++; }
}
