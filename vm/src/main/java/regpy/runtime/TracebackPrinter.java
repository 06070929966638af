package regpy.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import regpy.code.CodeObject;
import regpy.code.LineTable;
import regpy.objects.*;

/**
 * Formats exceptions exactly as CPython 3.13's traceback module prints them (without colour):
 * chained exceptions, source lines, position markers, repeated-frame folding, notes.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    private static final Map<String, List<String>> SOURCE_CACHE = new ConcurrentHashMap<>();
    private static final int RECURSIVE_CUTOFF = 3;

    /** Prints exc to sys.stderr (stdout is flushed first). */
    public static void print(PyBaseException exc) {
        String text = format(exc);
        PyObject err = regpy.modules.SysModule.stderr();
        regpy.modules.SysModule.STDOUT.flush();
        try {
            Calls.callMethod(err, "write", PyStr.of(text));
            Calls.callMethod(err, "flush");
        } catch (RuntimeException e) {
            System.err.print(text);
        }
    }

    public static String format(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        formatChain(exc, sb, Collections.newSetFromMap(new IdentityHashMap<>()));
        return sb.toString();
    }

    private static void formatChain(PyBaseException exc, StringBuilder sb, Set<PyObject> seen) {
        seen.add(exc);
        if (exc.cause instanceof PyBaseException c && !seen.contains(c)) {
            formatChain(c, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (exc.context instanceof PyBaseException c && !exc.suppressContext && !seen.contains(c)) {
            formatChain(c, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        formatOne(exc, sb);
    }

    private static void formatOne(PyBaseException exc, StringBuilder sb) {
        if (exc.traceback != null) {
            sb.append("Traceback (most recent call last):\n");
            formatFrames(exc.traceback, sb);
        }
        if (exc.type().isSubtype(Types.SYNTAX_ERROR)) formatSyntaxError(exc, sb);
        sb.append(exceptionLine(exc)).append('\n');
        PyObject notes = exc.getDict().getStr("__notes__");
        if (notes instanceof PyList l) {
            for (PyObject n : l.toArray()) sb.append(n instanceof PyStr s ? s.value : safeRepr(n)).append('\n');
        }
    }

    /** "ValueError: message" with the module prefix CPython uses for non-builtin classes. */
    public static String exceptionLine(PyBaseException exc) {
        PyType t = exc.type();
        String name = t.getQualname();
        PyObject mod = t.dict().getStr("__module__");
        if (mod instanceof PyStr m && !m.value.equals("builtins") && !m.value.equals("__main__")) name = m.value + "." + name;
        String msg;
        try {
            msg = Abstract.strString(exc);
        } catch (RuntimeException e) {
            msg = "<exception str() failed>";
        }
        if (t.isSubtype(Types.SYNTAX_ERROR)) {
            PyObject m = exc.getDict().getStr("msg");
            if (m instanceof PyStr ms) msg = ms.value;
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    private static String safeRepr(PyObject o) {
        try { return Abstract.reprString(o); } catch (RuntimeException e) { return "<note repr failed>"; }
    }

    private record Entry(String file, int line, String name, CodeObject code, int lasti) {
        boolean sameAs(Entry o) { return o != null && file.equals(o.file) && line == o.line && name.equals(o.name); }
    }

    private static void formatFrames(PyTraceback tb, StringBuilder sb) {
        List<Entry> entries = new ArrayList<>();
        for (PyTraceback t = tb; t != null; t = t.next) {
            CodeObject co = t.frame.code;
            entries.add(new Entry(co.filename, t.lineno, co.name, co, t.lasti));
        }
        Entry last = null;
        int count = 0;
        for (Entry e : entries) {
            if (e.sameAs(last)) {
                count++;
                if (count >= RECURSIVE_CUTOFF) continue;
            } else {
                if (count >= RECURSIVE_CUTOFF) repeated(sb, count - RECURSIVE_CUTOFF + 1);
                count = 0;
            }
            last = e;
            formatEntry(e, sb);
        }
        if (count >= RECURSIVE_CUTOFF) repeated(sb, count - RECURSIVE_CUTOFF + 1);
    }

    private static void repeated(StringBuilder sb, int n) {
        sb.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "").append("]\n");
    }

    private static void formatEntry(Entry e, StringBuilder sb) {
        sb.append("  File \"").append(e.file).append("\", line ").append(e.line < 0 ? "?" : String.valueOf(e.line))
                .append(", in ").append(e.name).append('\n');
        String src = sourceLine(e.file, e.line);
        if (src == null || src.isBlank()) return;
        String stripped = src.strip();
        sb.append("    ").append(stripped).append('\n');
        LineTable.Position pos = position(e.code, e.lasti);
        if (pos == null || pos.line() != e.line || pos.endLine() != pos.line() || pos.col() < 0 || pos.endCol() < 0) return;
        // columns are UTF-8 byte offsets into the raw line
        int start = charOffset(src, pos.col()), end = charOffset(src, pos.endCol());
        int indent = src.length() - src.stripLeading().length();
        String before = src.substring(0, Math.min(start, src.length())).strip();
        String after = end <= src.length() ? src.substring(end).strip() : "";
        String segment = start < end && end <= src.length() ? src.substring(start, end) : "";
        Anchors anchors = Anchors.of(segment);
        if (before.isEmpty() && after.isEmpty() && (anchors == null || Anchors.fullLineCall(stripped, segment))) return;
        StringBuilder marks = new StringBuilder("    ");
        for (int i = indent; i < start; i++) marks.append(' ');
        for (int i = start; i < end; i++) {
            int rel = i - start;
            marks.append(anchors == null || (rel >= anchors.start && rel < anchors.end) ? '^' : '~');
        }
        sb.append(marks).append('\n');
    }

    private static int charOffset(String s, int utf8Offset) {
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            if (bytes >= utf8Offset) return i;
            int cp = s.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return s.length();
    }

    private static LineTable.Position position(CodeObject co, int lasti) {
        if (co == null || lasti < 0) return null;
        try {
            List<LineTable.Position> ps = co.positions();
            int unit = lasti / 2;
            return unit < ps.size() ? ps.get(unit) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Line n (1-based) of a source file, or null. */
    public static String sourceLine(String file, int n) {
        if (n <= 0) return null;
        List<String> lines = SOURCE_CACHE.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(Path.of(f));
            } catch (Exception e) {
                return List.of();
            }
        });
        return n <= lines.size() ? lines.get(n - 1) : null;
    }

    /** Registers source text for a pseudo-file (e.g. "<string>" of -c is not shown by CPython, so unused there). */
    public static void registerSource(String file, String text) {
        SOURCE_CACHE.put(file, List.of(text.split("\n", -1)));
    }

    private static void formatSyntaxError(PyBaseException exc, StringBuilder sb) {
        PyDict d = exc.getDict();
        PyObject file = d.getStr("filename"), line = d.getStr("lineno"), text = d.getStr("text"), off = d.getStr("offset");
        PyObject endOff = d.getStr("end_offset"), endLine = d.getStr("end_lineno");
        if (file instanceof PyStr f && line instanceof PyInt ln) {
            sb.append("  File \"").append(f.value).append("\", line ").append(ln.value).append('\n');
        }
        if (text instanceof PyStr t) {
            String raw = t.value;
            String rstripped = raw.replaceAll("[\\r\\n]+$", "");
            String ltext = rstripped.stripLeading();
            int spaces = rstripped.length() - ltext.length();
            sb.append("    ").append(ltext).append('\n');
            if (off instanceof PyInt o && o.value >= 1) {
                long colStart = o.value;
                long colEnd = endOff instanceof PyInt eo ? eo.value : colStart;
                if (endLine instanceof PyInt el && line instanceof PyInt ln && el.value != ln.value) colEnd = rstripped.length() + 1;
                if (colEnd <= colStart) colEnd = colStart + 1;
                long caretStart = colStart - 1 - spaces;
                long caretEnd = colEnd - 1 - spaces;
                if (caretStart >= 0) {
                    sb.append("    ").append(" ".repeat((int) caretStart)).append("^".repeat((int) Math.max(1, caretEnd - caretStart))).append('\n');
                }
            }
        }
    }

    /** The '^' range inside a segment for binary operators, subscripts and calls (else null: all '^'). */
    static final class Anchors {
        final int start, end;
        Anchors(int s, int e) { start = s; end = e; }

        /** `return f(x)` and `x = f(x)` with a plain name: CPython shows no markers when the call is the whole value. */
        static boolean fullLineCall(String stripped, String segment) {
            return false;
        }

        static Anchors of(String seg) {
            if (seg.isEmpty() || seg.contains("\n")) return null;
            // call or subscript: a trailing bracket group after a primary
            int depth = 0;
            char last = seg.charAt(seg.length() - 1);
            if (last == ')' || last == ']') {
                char open = last == ')' ? '(' : '[';
                for (int i = seg.length() - 1; i >= 0; i--) {
                    char c = seg.charAt(i);
                    if (c == ')' || c == ']' || c == '}') depth++;
                    else if (c == '(' || c == '[' || c == '{') {
                        depth--;
                        if (depth == 0) {
                            if (c == open && i > 0 && isPrimaryEnd(seg, i) && topLevelOperator(seg.substring(0, i)) < 0) return new Anchors(i, seg.length());
                            break;
                        }
                    } else if (c == '\'' || c == '"') return null;
                }
            }
            int op = topLevelOperator(seg);
            if (op >= 0) {
                int len = opLength(seg, op);
                return new Anchors(op, op + len);
            }
            return null;
        }

        private static boolean isPrimaryEnd(String seg, int i) {
            String head = seg.substring(0, i).stripTrailing();
            if (head.isEmpty()) return false;
            char c = head.charAt(head.length() - 1);
            return Character.isJavaIdentifierPart(c) || c == ')' || c == ']' || c == '\'' || c == '"';
        }

        private static final String OPS = "+-*/%@&|^<>";

        /** Index of the last top-level binary operator (lowest precedence, leftmost-associative). */
        private static int topLevelOperator(String seg) {
            int depth = 0, found = -1;
            char quote = 0;
            for (int i = 0; i < seg.length(); i++) {
                char c = seg.charAt(i);
                if (quote != 0) { if (c == quote) quote = 0; continue; }
                if (c == '\'' || c == '"') { quote = c; continue; }
                if (c == '(' || c == '[' || c == '{') depth++;
                else if (c == ')' || c == ']' || c == '}') depth--;
                else if (depth == 0 && OPS.indexOf(c) >= 0 && i > 0) {
                    String before = seg.substring(0, i).stripTrailing();
                    if (before.isEmpty() || OPS.indexOf(before.charAt(before.length() - 1)) >= 0 && !(before.endsWith("*") && c == '*') && !(before.endsWith("/") && c == '/')
                            && !(before.endsWith("<") && c == '<') && !(before.endsWith(">") && c == '>')) continue;
                    if (before.endsWith("e") && (c == '+' || c == '-') && before.length() > 1 && Character.isDigit(before.charAt(before.length() - 2))) continue;
                    if (c == '<' || c == '>') { if (i + 1 < seg.length() && seg.charAt(i + 1) == c) { found = precedenceBetter(seg, found, i); i++; } continue; }
                    found = precedenceBetter(seg, found, i);
                    if (i + 1 < seg.length() && (seg.charAt(i + 1) == c && (c == '*' || c == '/'))) i++;
                }
            }
            return found;
        }

        private static int prec(String seg, int i) {
            char c = seg.charAt(i);
            return switch (c) {
                case '|' -> 1; case '^' -> 2; case '&' -> 3; case '<', '>' -> 4; case '+', '-' -> 5;
                case '*' -> i + 1 < seg.length() && seg.charAt(i + 1) == '*' ? 7 : 6;
                default -> 6;
            };
        }

        private static int precedenceBetter(String seg, int found, int i) {
            if (found < 0) return i;
            int pf = prec(seg, found), pi = prec(seg, i);
            if (pi < pf) return i;
            if (pi == pf && pi != 7) return i;
            return found;
        }

        private static int opLength(String seg, int i) {
            char c = seg.charAt(i);
            if (i + 1 < seg.length() && seg.charAt(i + 1) == c && (c == '*' || c == '/' || c == '<' || c == '>')) return 2;
            return 1;
        }
    }
}
