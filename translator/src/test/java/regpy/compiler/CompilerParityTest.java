package regpy.compiler;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import regpy.ast.Mod;
import regpy.code.CodeObject;
import regpy.compile.Compiler;
import regpy.dis.Disassembler;

/**
 * Compiles every corpus snippet (CPython's own AST of it, see gen_corpus.py) with regpy and
 * compares the code objects' attributes and dis text with CPython 3.13's. Reports the identical
 * fraction and fails below the ratchet; the first examples must always match exactly.
 */
class CompilerParityTest {
    /** Snippets that must match exactly; raise as the compiler grows. */
    static final int RATCHET = 30;

    static CodeObject compile(String name) {
        Mod tree = (Mod) regpy.compile.tools.AstText.read(Fixtures.read(Fixtures.EXPECTED.resolve(name + ".ast")));
        return Compiler.compile(tree, name + ".py", "exec", 0, regpy.compile.CompileWarnings.IGNORE);
    }

    static String attrs(CodeObject c) { return regpy.compile.tools.CodeAttrs.format(c); }

    /** Result per snippet: null when identical, else a short reason. */
    static String check(String name) {
        CodeObject co;
        try {
            co = compile(name);
        } catch (RuntimeException e) {
            return "compile failed: " + e;
        }
        String expected = Fixtures.read(Fixtures.EXPECTED.resolve(name + ".attrs"));
        String dis = Fixtures.read(Fixtures.EXPECTED.resolve(name + ".dis"));
        String gotDis = Disassembler.dis(co, DisassemblerTest.OPTS);
        if (!gotDis.equals(dis)) return "dis differs";
        if (!attrs(co).equals(expected)) return "attributes differ";
        return null;
    }

    @Test void examplesMatchExactly() {
        CodeObject co = compile("examples");
        assertEquals(Fixtures.read(Fixtures.EXPECTED.resolve("examples.dis")), Disassembler.dis(co, DisassemblerTest.OPTS));
        assertEquals(Fixtures.read(Fixtures.EXPECTED.resolve("examples.attrs")), attrs(co));
    }

    @Test void corpusParity() {
        List<String> names = Fixtures.names();
        int same = 0;
        StringBuilder report = new StringBuilder();
        for (String n : names) {
            String r = check(n);
            if (r == null) same++;
            else report.append("  ").append(n).append(": ").append(r).append('\n');
        }
        System.out.printf("compiler parity: %d/%d snippets identical (%.0f%%)%n%s", same, names.size(),
                100.0 * same / names.size(), report);
        assertTrue(same >= RATCHET, "parity fell below the ratchet: " + same + " < " + RATCHET + "\n" + report);
    }
}
