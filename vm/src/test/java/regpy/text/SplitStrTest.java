package regpy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import regpy.code.CodeObject;
import regpy.interp.Interpreter;
import regpy.modules.BuiltinsModule;
import regpy.objects.*;
import regpy.runtime.Calls;
import regpy.runtime.SourceCompiler;

/**
 * strs holding a lone high surrogate before a lone low one ('\ud800\udc00': two code points,
 * a "split" PyStr) through len, repr, ==, ordering, hash, dict/set keys, indexing, slicing,
 * concatenation, join, repetition, iteration and encode, against CPython 3.13's answers
 * (resources text/split_str.py and split_str.expected, made by gen_split_str.py).
 */
class SplitStrTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = SplitStrTest.class.getResourceAsStream("/text/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void operationsMatchCPython() throws IOException {
        String[] parts = resource("split_str.py").split("\n#\n");
        List<String> exprs = parts[1].strip().lines().toList();
        List<String> expected = resource("split_str.expected").strip().lines().toList();
        assertEquals(exprs.size(), expected.size());

        StringBuilder src = new StringBuilder(parts[0]).append("\nR = []\n");
        for (String e : exprs) {
            src.append("try:\n    R.append(ascii(repr(").append(e).append(")))\n")
               .append("except Exception as ex:\n    R.append('raised ' + type(ex).__name__ + ': ' + str(ex))\n");
        }
        if (Calls.engine == null) Calls.engine = Interpreter.INSTANCE;
        PyModule m = new PyModule("split_str");
        m.set("__builtins__", BuiltinsModule.module());
        CodeObject code = SourceCompiler.compile(src.toString(), "split_str.py", "exec");
        Calls.engine.runCode(new PyCode(code), m.dict, m.dict, null);
        PyObject[] got = ((PyList) m.dict.getStr("R")).toArray();

        List<String> bad = new ArrayList<>();
        for (int i = 0; i < exprs.size(); i++) {
            String g = ((PyStr) got[i]).value;
            if (!g.equals(expected.get(i))) bad.add(exprs.get(i) + "  cpython " + expected.get(i) + "  regpy " + g);
        }
        assertEquals("", String.join("\n", bad));
    }

    @Test
    void splitFormOnlyWhereNeeded() {
        assertEquals(PyStr.class, PyStr.ofCodePoints(new int[] {0x10000}).getClass());
        assertEquals(PyStr.class, PyStr.ofChars("\uDC00\uD800").getClass());
        PyStr split = PyStr.ofCodePoints(new int[] {0xD800, 0xDC00});
        assertEquals(PyStr.Split.class, split.getClass());
        assertEquals(2, split.length());
        assertEquals(1, PyStr.of("\uD800\uDC00").length());
        assertEquals(PyStr.Split.class, PyStr.concat(PyStr.of("\uD800"), PyStr.of("\uDC00")).getClass());
        assertEquals(PyStr.class, PyStr.concat(PyStr.of("ab"), PyStr.of("cd")).getClass());
        // BUILD_STRING's helper (f'{u}{l}'): the engines' RegisterOps.buildString should call it
        PyStr built = PyStr.concatAll(new PyObject[] {PyStr.of("x"), PyStr.of("\uD800"), PyStr.of("\uDC00")}, 1, 2);
        assertEquals(2, built.length());
        assertEquals(split.hash(), built.hash());
    }
}
