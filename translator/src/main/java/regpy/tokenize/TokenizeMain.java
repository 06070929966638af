package regpy.tokenize;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import regpy.code.Repr;
import regpy.parse.PySyntaxError;

/** {@code python -m tokenize [-e] [FILE]}: prints every token as CPython 3.13's tokenize module does. */
public final class TokenizeMain {
    private TokenizeMain() {}

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        boolean exact = false;
        String file = null;
        for (String a : args) {
            if (a.equals("-e") || a.equals("--exact")) exact = true;
            else file = a;
        }
        byte[] data = file == null ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        String name = file == null ? "<stdin>" : file;
        StringBuilder sb = new StringBuilder();
        try {
            SourceDecoder.Decoded d = decode(data, name);
            line(sb, 0, 0, 0, 0, "ENCODING", d.encoding());
            Tokenizer t = new Tokenizer(new SourceText(d.text(), name), true);
            t.run();
            for (Token k : RawLineEnds.restore(t.tokens(), d.text())) {
                if (k.type == TokenType.ERRORTOKEN) break;
                String type = TokenType.isOperator(k.type) && !exact ? "OP" : TokenType.name(k.type);
                line(sb, k.line, k.col, k.endLine, k.endCol, type, k.string);
            }
            out.print(sb);
            PySyntaxError e = t.error();
            if (e == null && t.eofInParens()) {
                err.println(name + ":" + t.source().lineCount() + ":0: error: unexpected EOF in multi-line statement");
                return 1;
            }
            if (e != null) {
                if (e.kind.equals("SyntaxError")) err.println(name + ": error: " + e.msg + " (" + name + ", line " + e.lineno + ")");
                else err.println(name + ":" + e.lineno + ":" + e.offset + ": error: " + e.msg);
                return 1;
            }
        } catch (PySyntaxError e) {
            out.print(sb);
            err.println(name + ": error: " + e.msg);
            return 1;
        }
        return 0;
    }

    /**
     * The source text as the tokenize module reads it. Its detect_encoding words encoding errors
     * its own way and decodes only the lines it reads for a cookie strictly; the rest of a UTF-8
     * source is decoded with U+FFFD for invalid bytes.
     */
    private static SourceDecoder.Decoded decode(byte[] data, String name) {
        try {
            return SourceDecoder.decode(data, name);
        } catch (PySyntaxError e) {
            String file = Repr.str(name);
            if (e.msg.startsWith("unknown encoding: "))
                throw moduleError("unknown encoding for " + file + ": " + e.msg.substring("unknown encoding: ".length()));
            if (e.msg.startsWith("encoding problem: ")) throw moduleError("encoding problem for " + file + ": utf-8");
            if (!e.msg.startsWith("(unicode error) 'utf-8'")) throw e;
            int off = data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF ? 3 : 0;
            int firstEnd = lineEnd(data, off);
            int checkedEnd = isBlankOrComment(data, off, firstEnd) ? lineEnd(data, firstEnd) : firstEnd;
            if (RawBytes.utf8Error(java.util.Arrays.copyOfRange(data, off, checkedEnd)) != null)
                throw moduleError("invalid or missing encoding declaration for " + file);
            return new SourceDecoder.Decoded(RawBytes.decodeReplacing(data, off), off == 3 ? "utf-8-sig" : "utf-8");
        }
    }

    private static PySyntaxError moduleError(String msg) {
        return new PySyntaxError("SyntaxError", msg, null, 0, -1, 0, 0, null);
    }

    /** The offset after the line starting at from (its '\n' included). */
    private static int lineEnd(byte[] d, int from) {
        int i = from;
        while (i < d.length && d[i] != '\n') i++;
        return Math.min(i + 1, d.length);
    }

    /** tokenize's blank_re: spaces, tabs and form feeds, then '#', a line end or nothing. */
    private static boolean isBlankOrComment(byte[] d, int from, int to) {
        int i = from;
        while (i < to && (d[i] == ' ' || d[i] == '\t' || d[i] == '\f')) i++;
        return i >= to || d[i] == '#' || d[i] == '\r' || d[i] == '\n';
    }

    private static void line(StringBuilder sb, int l, int c, int el, int ec, String type, String string) {
        String range = l + "," + c + "-" + el + "," + ec + ":";
        pad(sb, range, 20);
        pad(sb, type, 15);
        pad(sb, Repr.str(string), 15);
        sb.append('\n');
    }

    private static void pad(StringBuilder sb, String s, int w) {
        sb.append(s);
        for (int i = s.codePointCount(0, s.length()); i < w; i++) sb.append(' ');
    }
}
