package regpy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import regpy.ast.AstDump;
import regpy.parse.Parser;
import regpy.parse.PySyntaxError;

/** The parse modes (exec, eval, single, func_type) and source quirks (BOM, CRLF, form feed) vs CPython (modes.tsv). */
class ModesTest {
    @Test
    void modesMatchCPython() throws IOException {
        String text;
        try (InputStream in = ModesTest.class.getResourceAsStream("/frontend/modes/modes.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder bad = new StringBuilder();
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", 3);
            String src = InvalidSyntaxTest.unescape(f[0]);
            String got;
            try {
                got = AstDump.dump(Parser.parse(src, "<s>", f[1]), true, true, null, false);
            } catch (PySyntaxError e) {
                got = "ERROR " + e.kind + ": " + e.msg + " (" + e.lineno + ", " + e.offset + ", " + e.end_lineno + ", " + e.end_offset + ")";
            }
            n++;
            if (!got.equals(f[2])) bad.append(f[1]).append(' ').append(f[0]).append("\n  cpython: ").append(f[2]).append("\n  regpy:   ").append(got).append('\n');
        }
        assertEquals("", bad.toString(), n + " cases");
    }
}
