package regpy.compiler;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import regpy.compile.Compiler;
import regpy.parse.Parser;
import regpy.parse.PySyntaxError;

/**
 * The compiler's SyntaxWarnings: lint.py yields exactly the warnings CPython 3.13 emits, in order, with
 * the same lines (lint.expected, written by gen_expected.py); a handler that turns them into errors
 * makes compilation fail with SyntaxError at the node, as {@code -W error} does in CPython.
 */
class CompileWarningsTest {
    private static final String DIR = "warnings/";

    @Test
    void warningsMatchCPython() {
        String source = Fixtures.read(Fixtures.ROOT.resolve(DIR + "lint.py"));
        List<String> got = new ArrayList<>();
        Compiler.compile(Parser.parse(source, "lint.py", "exec"), "lint.py", "exec", 0, (message, filename, lineno) -> {
            assertEquals("lint.py", filename);
            got.add(lineno + ": " + message);
            return false;
        });
        String expected = Fixtures.read(Fixtures.ROOT.resolve(DIR + "lint.expected"));
        assertEquals(expected, String.join("\n", got) + "\n");
    }

    @Test
    void noWarningsForNoneTrueEllipsisAndNames() {
        String source = "x = None\nprint(x is None, x is not True, x is ..., x is [], x(1), [1][x], 'ab'[0:1])\n";
        List<String> got = new ArrayList<>();
        Compiler.compile(Parser.parse(source, "ok.py", "exec"), "ok.py", "exec", 0, (m, f, l) -> got.add(m));
        assertEquals(List.of(), got);
    }

    @Test
    void errorFilterRaisesSyntaxError() {
        String source = "x = 1\nif x is 1:\n    pass\n";
        PySyntaxError e = assertThrows(PySyntaxError.class, () ->
                Compiler.compile(Parser.parse(source, "err.py", "exec"), "err.py", "exec", 0, (m, f, l) -> true));
        assertEquals("\"is\" with 'int' literal. Did you mean \"==\"?", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(4, e.offset);
    }
}
