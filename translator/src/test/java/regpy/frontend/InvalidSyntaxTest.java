package regpy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import regpy.parse.Parser;
import regpy.parse.PySyntaxError;

/**
 * Invalid snippets against CPython 3.13's SyntaxError (class, msg, lineno, offset, end_lineno,
 * end_offset): resources/frontend/invalid/invalid.tsv (our table, made by gen_invalid.py) and
 * test_syntax.tsv (the failing doctest examples of CPython's Lib/test/test_syntax.py, made by
 * gen_test_syntax.py). Ratchets: the share of identical errors may not fall below the figures here.
 */
class InvalidSyntaxTest {
    /** Raise these when the parser improves; never lower them. */
    static final double RATCHET_PERCENT = 100.0;
    static final double TEST_SYNTAX_RATCHET_PERCENT = 100.0;

    record Case(String src, String expected) {}

    static List<Case> cases(String table) throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = InvalidSyntaxTest.class.getResourceAsStream("/frontend/invalid/" + table)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isEmpty()) continue;
                int tab = line.indexOf('\t');
                out.add(new Case(unescape(line.substring(0, tab)), line.substring(tab + 1)));
            }
        }
        return out;
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                sb.append(switch (d) { case 'n' -> '\n'; case 't' -> '\t'; case 'r' -> '\r'; default -> d; });
            } else sb.append(c);
        }
        return sb.toString();
    }

    /** Our error in the table's format. */
    static String actual(String src) {
        try {
            Parser.parse(src, "<test>", "exec");
            return "(accepted)";
        } catch (PySyntaxError e) {
            return String.join("\t", e.kind, e.msg, String.valueOf(e.lineno), String.valueOf(e.offset),
                    e.end_lineno == 0 ? "None" : String.valueOf(e.end_lineno), e.end_lineno == 0 ? "None" : String.valueOf(e.end_offset));
        } catch (RuntimeException | StackOverflowError e) {
            return "(crash " + e + ")";
        }
    }

    @Test
    void errorsMatchCPython() throws IOException {
        check("invalid.tsv", RATCHET_PERCENT);
    }

    @Test
    void testSyntaxExamplesMatchCPython() throws IOException {
        check("test_syntax.tsv", TEST_SYNTAX_RATCHET_PERCENT);
    }

    /** SyntaxError.text: the line as CPython reports it (tokenizer errors without their newline). */
    @Test
    void errorTextMatchesCPython() throws IOException {
        StringBuilder bad = new StringBuilder();
        List<Case> cases = cases("error_text.tsv");
        for (Case c : cases) {
            String got;
            try {
                Parser.parse(c.src(), "<test>", "exec");
                got = "(accepted)";
            } catch (PySyntaxError e) {
                got = e.text == null ? "None" : e.text;
            }
            if (!got.equals(unescape(c.expected()))) {
                bad.append("  ").append(c.src().replace("\n", "\\n")).append("\n    cpython: ").append(c.expected())
                        .append("\n    regpy:   ").append(got.replace("\n", "\\n")).append('\n');
            }
        }
        assertTrue(cases.size() >= 200, "table too small");
        assertEquals("", bad.toString(), "SyntaxError.text differs");
    }

    private static void check(String table, double ratchet) throws IOException {
        List<Case> cases = cases(table);
        int same = 0;
        StringBuilder report = new StringBuilder();
        for (Case c : cases) {
            String got = actual(c.src());
            if (got.equals(c.expected())) same++;
            else report.append("  ").append(c.src().replace("\n", "\\n")).append("\n    cpython: ")
                    .append(c.expected()).append("\n    regpy:   ").append(got).append('\n');
        }
        double pct = 100.0 * same / cases.size();
        System.out.printf("%s: %d/%d identical (%.1f%%)%n%s", table, same, cases.size(), pct, report);
        assertTrue(cases.size() >= 80, "table too small");
        assertTrue(pct >= ratchet, String.format("%s: %.1f%% < ratchet %.1f%%", table, pct, ratchet));
    }
}
