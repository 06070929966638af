package regpy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import regpy.code.Repr;
import regpy.parse.Parser;
import regpy.parse.PySyntaxError;

/**
 * Bytes sources with invalid UTF-8 and no other encoding declared: accepted in comments, refused
 * at the literal or name holding them with CPython's message, columns and text (resources
 * frontend/undecodable/cases.txt, made by gen_undecodable.py with python3.13).
 */
class UndecodableSourceTest {
    @Test
    void answersAsCPython() throws Exception {
        List<String> bad = new ArrayList<>();
        int n = 0;
        for (String line : FuzzCorpus.resource("/frontend/undecodable/cases.txt").split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", 2);
            String got;
            try {
                Parser.parse(HexFormat.of().parseHex(f[0]), "<unknown>", "exec");
                got = "OK";
            } catch (PySyntaxError e) {
                got = String.join(" ", e.kind, Repr.str(e.msg), "" + e.lineno, "" + e.offset, "" + e.end_lineno,
                        "" + e.end_offset, e.text == null ? "None" : Repr.str(e.text));
            }
            n++;
            if (!got.equals(f[1])) bad.add(f[0] + "\n  cpython " + f[1] + "\n  regpy   " + got);
        }
        assertEquals(28, n);
        assertEquals("", String.join("\n", bad));
    }
}
