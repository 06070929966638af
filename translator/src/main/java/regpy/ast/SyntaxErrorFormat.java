package regpy.ast;

import regpy.parse.PySyntaxError;

/** The last lines CPython prints for an uncaught SyntaxError (file/line, source, caret, message). */
public final class SyntaxErrorFormat {
    private SyntaxErrorFormat() {}

    public static String format(PySyntaxError e) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(e.filename).append("\", line ").append(e.lineno).append('\n');
        if (e.text != null && !e.text.isEmpty()) {
            String line = e.text.endsWith("\n") ? e.text.substring(0, e.text.length() - 1) : e.text;
            String stripped = line.stripLeading();
            int cut = line.length() - stripped.length();
            sb.append("    ").append(stripped).append('\n');
            int start = Math.max(e.offset - 1 - cut, 0);
            int end = e.end_lineno == e.lineno && e.end_offset > e.offset ? e.end_offset - 1 - cut : start + 1;
            sb.append("    ").append(" ".repeat(start)).append("^".repeat(Math.max(1, end - start))).append('\n');
        }
        sb.append(e.kind).append(": ").append(e.msg);
        return sb.toString();
    }
}
