package regpy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import regpy.ast.AstDump;
import regpy.parse.Parser;
import regpy.parse.PySyntaxError;

/**
 * ast.parse(src, type_comments=True) against CPython 3.13 (typecomments/type_comments.tsv, made by
 * gen_type_comments.py): type_comment fields, TypeIgnore tags and lines, misplaced type comments.
 */
class TypeCommentsTest {
    @Test
    void typeCommentsMatchCPython() throws IOException {
        StringBuilder bad = new StringBuilder();
        int n = 0;
        for (String line : FuzzCorpus.resource("/frontend/typecomments/type_comments.tsv").split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", 2);
            String src = InvalidSyntaxTest.unescape(f[0]);
            String got;
            try {
                got = AstDump.dump(Parser.parse(src, "<unknown>", "exec", true), true, true, null, false);
            } catch (PySyntaxError e) {
                got = "ERROR " + e.kind + ": " + e.msg + " (" + e.lineno + ", " + e.offset + ", " + e.end_lineno + ", " + e.end_offset + ")";
            }
            n++;
            if (!got.equals(f[1])) bad.append(f[0]).append("\n  cpython: ").append(f[1]).append("\n  regpy:   ").append(got).append('\n');
        }
        assertTrue(n >= 60, "table too small");
        assertEquals("", bad.toString(), n + " cases");
    }

    @Test
    void withoutTheFlagTypeCommentsAreComments() {
        String src = "def f(a,  # type: int\n      ):  # type: (int) -> None\n    x = 1  # type: ignore\n";
        String plain = AstDump.dump(Parser.parse(src, "<s>", "exec"), true, true, null, false);
        assertEquals(false, plain.contains("type_comment") || plain.contains("TypeIgnore"), plain);
        String typed = AstDump.dump(Parser.parse(src, "<s>", "exec", true), true, false, null, false);
        assertTrue(typed.contains("type_comment='int'") && typed.contains("type_comment='(int) -> None'")
                && typed.contains("TypeIgnore(lineno=3, tag='')"), typed);
    }
}
