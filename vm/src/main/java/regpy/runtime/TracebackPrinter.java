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
        format(exc, sb, new Ctx(), Collections.newSetFromMap(new IdentityHashMap<>()));
        return sb.toString();
    }

    /**
     * What CPython's default sys.unraisablehook writes after "Exception ignored in: ...": the
     * traceback and the exception line, without the chained exceptions.
     */
    public static String formatUnraisable(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        if (exc.traceback != null) {
            sb.append("Traceback (most recent call last):\n");
            formatFrames(exc.traceback, sb);
        }
        return sb.append(exceptionOnly(exc)).toString();
    }

    private static final int GROUP_WIDTH = 15, GROUP_DEPTH = 10, BOX_WIDTH = 35;

    /** Indentation state for exception groups (traceback._ExceptionPrintContext). */
    private static final class Ctx {
        int depth;
        boolean needClose;
        String indent() { return " ".repeat(2 * depth); }
        void emit(StringBuilder out, String text, char margin) {
            String prefix = indent() + (depth > 0 ? margin + " " : "");
            for (String line : text.split("(?<=\n)")) if (!line.isEmpty()) out.append(prefix).append(line);
        }
        void emit(StringBuilder out, String text) { emit(out, text, '|'); }
    }

    private static void format(PyBaseException top, StringBuilder out, Ctx ctx, Set<PyObject> seen) {
        java.util.List<PyBaseException> chain = new ArrayList<>();
        java.util.List<String> msgs = new ArrayList<>();   // msgs.get(i) is printed before chain.get(i)
        PyBaseException exc = top;
        seen.add(top);
        while (exc != null) {
            PyBaseException next = null;
            String msg = null;
            if (exc.cause instanceof PyBaseException c) {
                if (seen.add(c)) { next = c; msg = "\nThe above exception was the direct cause of the following exception:\n\n"; }
            } else if (exc.context instanceof PyBaseException c && !exc.suppressContext) {
                if (seen.add(c)) { next = c; msg = "\nDuring handling of the above exception, another exception occurred:\n\n"; }
            }
            chain.add(exc);
            msgs.add(msg);
            exc = next;
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            PyBaseException e = chain.get(i);
            if (msgs.get(i) != null) ctx.emit(out, msgs.get(i));
            PyObject excs = e.type().isSubtype(Types.BASE_EXCEPTION_GROUP) ? e.getDict().getStr("exceptions") : null;
            if (!(excs instanceof PyTuple group)) {
                if (e.traceback != null) {
                    ctx.emit(out, "Traceback (most recent call last):\n");
                    StringBuilder frames = new StringBuilder();
                    formatFrames(e.traceback, frames);
                    ctx.emit(out, frames.toString());
                }
                ctx.emit(out, exceptionOnly(e));
            } else if (ctx.depth > GROUP_DEPTH) {
                ctx.emit(out, "... (max_group_depth is " + GROUP_DEPTH + ")\n");
            } else {
                boolean topLevel = ctx.depth == 0;
                if (topLevel) ctx.depth++;
                if (e.traceback != null) {
                    ctx.emit(out, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
                    StringBuilder frames = new StringBuilder();
                    formatFrames(e.traceback, frames);
                    ctx.emit(out, frames.toString());
                }
                ctx.emit(out, exceptionOnly(e));
                int num = group.items.length;
                int n = num <= GROUP_WIDTH ? num : GROUP_WIDTH + 1;
                ctx.needClose = false;
                for (int k = 0; k < n; k++) {
                    boolean last = k == n - 1;
                    if (last) ctx.needClose = true;
                    boolean truncated = k >= GROUP_WIDTH;
                    String title = truncated ? "..." : " " + (k + 1) + " ";
                    out.append(ctx.indent()).append(k == 0 ? "+-" : "  ").append('+').append(center(title, BOX_WIDTH)).append('\n');
                    ctx.depth++;
                    if (!truncated) format((PyBaseException) group.items[k], out, ctx, seen);
                    else {
                        int remaining = num - GROUP_WIDTH;
                        ctx.emit(out, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
                    }
                    if (last && ctx.needClose) {
                        out.append(ctx.indent()).append('+').append("-".repeat(BOX_WIDTH + 1)).append('\n');
                        ctx.needClose = false;
                    }
                    ctx.depth--;
                }
                if (topLevel) ctx.depth = 0;
            }
        }
    }

    private static String center(String s, int width) {
        int total = width - s.length();
        if (total <= 0) return s;
        int left = total / 2 + (total & width & 1);
        return "-".repeat(left) + s + "-".repeat(total - left);
    }

    /** The last line(s): SyntaxError details, "Type: message", then the notes. */
    private static String exceptionOnly(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        if (exc.type().isSubtype(Types.SYNTAX_ERROR)) formatSyntaxError(exc, sb);
        sb.append(exceptionLine(exc)).append('\n');
        PyObject notes = exc.getDict().getStr("__notes__");
        if (notes instanceof PyList l) {
            for (PyObject n : l.toArray()) sb.append(n instanceof PyStr s ? s.value : safeRepr(n)).append('\n');
        } else if (notes != null) {
            sb.append(safeRepr(notes)).append('\n');
        }
        return sb.toString();
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
        if (Anchors.fullLineCall(stripped, segment)) return;
        if (before.isEmpty() && after.isEmpty() && anchors == null) return;
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
            String rest = null;
            if (stripped.startsWith("return ")) rest = stripped.substring(7).strip();
            else {
                java.util.regex.Matcher m = ASSIGN.matcher(stripped);
                if (m.matches()) rest = m.group(1).strip();
            }
            if (rest == null || !rest.equals(segment.strip())) return false;
            java.util.regex.Matcher c = NAME_CALL.matcher(rest);
            if (!c.matches()) return false;
            // the parenthesis opened after the name must close at the very end
            int depth = 0;
            int open = rest.indexOf('(');
            for (int i = open; i < rest.length(); i++) {
                char ch = rest.charAt(i);
                if (ch == '(' || ch == '[' || ch == '{') depth++;
                else if (ch == ')' || ch == ']' || ch == '}') { depth--; if (depth == 0 && i != rest.length() - 1) return false; }
                else if (ch == '\'' || ch == '"') { int j = skipString(rest, i); if (j < 0) return false; i = j; }
            }
            return true;
        }

        private static final java.util.regex.Pattern ASSIGN = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\s*=(?!=)\\s*(.*)");
        private static final java.util.regex.Pattern NAME_CALL = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\s*\\(.*\\)");

        /**
         * Scans a one-line segment: strings are skipped, brackets tracked. A top-level binary
         * operator (the one the AST would put at the root) gets '^'; otherwise a trailing call
         * or subscript gets '^' from its opening bracket on; anything else has no anchors.
         */
        static Anchors of(String seg) {
            if (seg.isEmpty() || seg.contains("\n")) return null;
            int depth = 0, n = seg.length();
            int best = -1, bestLen = 0, bestPrec = 99;
            int lastGroupOpen = -1;
            boolean prevOperand = false;   // whether the previous token could end an operand
            for (int i = 0; i < n; i++) {
                char c = seg.charAt(i);
                if (c == '\'' || c == '"') {
                    int j = skipString(seg, i);
                    if (j < 0) return null;
                    i = j;
                    prevOperand = true;
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') {
                    if (depth == 0) lastGroupOpen = prevOperand && c != '{' ? i : -1;
                    depth++;
                    prevOperand = false;
                    continue;
                }
                if (c == ')' || c == ']' || c == '}') { depth--; prevOperand = true; continue; }
                if (Character.isWhitespace(c)) continue;
                if (depth == 0 && OPS.indexOf(c) >= 0) {
                    int len = 1;
                    if (i + 1 < n && seg.charAt(i + 1) == c && (c == '*' || c == '/' || c == '<' || c == '>')) len = 2;
                    if (i + len < n && seg.charAt(i + len) == '=') return null;   // comparison or assignment-like: no anchors
                    if ((c == '<' || c == '>') && len == 1) return null;            // comparison
                    if (prevOperand) {
                        int prec = precedence(c, len);
                        boolean better = prec < bestPrec || (prec == bestPrec && prec != 7);
                        if (better) { best = i; bestLen = len; bestPrec = prec; }
                        lastGroupOpen = -1;
                    }
                    prevOperand = false;
                    i += len - 1;
                    continue;
                }
                if (depth == 0 && (c == '=' || c == '!' || c == ',' || c == ':')) return null;
                if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                    if (depth == 0 && !prevOperand) lastGroupOpen = -1;
                    // keywords at top level (and, or, not, if, lambda...) mean this is not a plain operation
                    if (depth == 0 && Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(seg.charAt(i - 1)) && seg.charAt(i - 1) != '_' && seg.charAt(i - 1) != '.')) {
                        int j = i;
                        while (j < n && (Character.isLetterOrDigit(seg.charAt(j)) || seg.charAt(j) == '_')) j++;
                        String word = seg.substring(i, j);
                        if (NOT_PLAIN.contains(word)) return null;
                        i = j - 1;
                    }
                    prevOperand = true;
                    continue;
                }
                prevOperand = false;
            }
            if (best >= 0) return new Anchors(best, best + bestLen);
            char last = seg.charAt(n - 1);
            if (lastGroupOpen > 0 && (last == ')' || last == ']')) return new Anchors(lastGroupOpen, n);
            return null;
        }

        private static int skipString(String s, int i) {
            char q = s.charAt(i);
            boolean triple = i + 2 < s.length() && s.charAt(i + 1) == q && s.charAt(i + 2) == q;
            int j = i + (triple ? 3 : 1);
            while (j < s.length()) {
                char c = s.charAt(j);
                if (c == '\\') { j += 2; continue; }
                if (c == q) {
                    if (!triple) return j;
                    if (j + 2 < s.length() && s.charAt(j + 1) == q && s.charAt(j + 2) == q) return j + 2;
                }
                j++;
            }
            return -1;
        }

        private static final String OPS = "+-*/%@&|^<>";
        /** Words that make a segment something other than a plain binary operation, call or subscript. */
        private static final java.util.Set<String> NOT_PLAIN = java.util.Set.of("and", "or", "not", "if", "else", "lambda", "in",
                "is", "for", "await", "raise", "return", "del", "assert", "import", "from", "yield", "with", "while", "def",
                "class", "global", "nonlocal", "pass", "try", "except", "elif", "async", "match", "case");

        private static int precedence(char c, int len) {
            return switch (c) {
                case '|' -> 1; case '^' -> 2; case '&' -> 3; case '<', '>' -> 4; case '+', '-' -> 5;
                case '*' -> len == 2 ? 7 : 6;
                default -> 6;
            };
        }
    }
}
