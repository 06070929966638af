package regpy.ast;

import regpy.parse.PySyntaxError;

/**
 * The last lines CPython prints for an uncaught SyntaxError: the file/line, the source line and the
 * carets, then "Kind: msg" (the rules of traceback.TracebackException._format_syntax_error).
 */
public final class SyntaxErrorFormat {
    private SyntaxErrorFormat() {}

    public static String format(PySyntaxError e) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(e.filename).append("\", line ").append(e.lineno).append('\n');
        if (e.text != null && !e.text.isEmpty()) {
            String rtext = stripTrailingNewlines(e.text);
            int cut = 0;
            while (cut < rtext.length() && " \n\f".indexOf(rtext.charAt(cut)) >= 0) cut++;
            String ltext = rtext.substring(cut);
            int spaces = rtext.codePointCount(0, cut);
            int rlen = rtext.codePointCount(0, rtext.length());
            sb.append("    ").append(ltext).append('\n');
            int tlen = e.text.codePointCount(0, e.text.length());
            int offset = e.offset;
            int end = e.lineno == e.end_lineno ? (e.end_offset != 0 ? e.end_offset : offset) : rlen + 1;
            if (offset > tlen) offset = rlen + 1;
            if (end > tlen) end = rlen + 1;
            if (offset >= end || end < 0) end = offset + 1;
            int colno = offset - 1 - spaces, endColno = end - 1 - spaces;
            if (colno >= 0) {
                sb.append("    ");
                int i = 0;
                for (int k = 0; k < colno && i < ltext.length(); k++) {
                    int cp = ltext.codePointAt(i);
                    sb.append(Character.isWhitespace(cp) ? (char) cp : ' ');
                    i += Character.charCount(cp);
                }
                sb.append("^".repeat(Math.max(0, endColno - colno))).append('\n');
            }
        }
        sb.append(e.kind).append(": ").append(e.msg);
        return sb.toString();
    }

    private static String stripTrailingNewlines(String s) {
        int n = s.length();
        while (n > 0 && s.charAt(n - 1) == '\n') n--;
        return s.substring(0, n);
    }
}
