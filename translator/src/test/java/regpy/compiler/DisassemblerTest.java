package regpy.compiler;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import regpy.code.CodeObject;
import regpy.code.Marshal;
import regpy.dis.Disassembler;
import regpy.dis.Instruction;

/** dis of CPython-compiled code objects must print exactly what CPython 3.13's dis prints. */
class DisassemblerTest {
    static final Disassembler.Options OPTS = Disassembler.Options.defaults().withRepr(Fixtures::repr);

    static CodeObject load(String name) {
        return (CodeObject) Marshal.loads(Fixtures.bytes(Fixtures.EXPECTED.resolve(name + ".bin")));
    }

    @Test void disMatchesCPython() {
        for (String n : Fixtures.names()) {
            CodeObject co = load(n);
            assertEquals(Fixtures.read(Fixtures.EXPECTED.resolve(n + ".dis")), Disassembler.dis(co, OPTS), n);
            assertEquals(Fixtures.read(Fixtures.EXPECTED.resolve(n + ".disx")),
                    Disassembler.dis(co, OPTS.withShowCaches(true).withShowOffsets(true)), n + " (caches, offsets)");
        }
    }

    @Test void codeInfoMatchesCPython() {
        for (String n : Fixtures.names()) {
            List<String> infos = new ArrayList<>();
            walk(load(n), infos);
            assertEquals(Fixtures.read(Fixtures.EXPECTED.resolve(n + ".info")), String.join("\n\n", infos) + "\n", n);
        }
    }

    private static void walk(CodeObject c, List<String> out) {
        out.add(Disassembler.codeInfo(c, Fixtures::repr));
        for (Object k : c.consts) if (k instanceof CodeObject n) walk(n, out);
    }

    @Test void instructionRecords() {
        CodeObject mod = load("examples");
        CodeObject fib = (CodeObject) mod.consts[0];
        List<Instruction> ins = Disassembler.getInstructions(fib);
        Instruction cmp = ins.stream().filter(i -> i.opname().equals("COMPARE_OP")).findFirst().orElseThrow();
        assertEquals(58, cmp.arg());
        assertEquals("<=", cmp.argval());
        assertEquals("bool(<=)", cmp.argrepr());
        Instruction jump = ins.stream().filter(i -> i.opname().equals("POP_JUMP_IF_FALSE")).findFirst().orElseThrow();
        Instruction target = ins.stream().filter(i -> i.offset() == (Integer) jump.argval()).findFirst().orElseThrow();
        assertEquals(1, target.label());
        assertEquals("LOAD_GLOBAL", target.opname());
        assertEquals(4, target.lineNumber());
    }
}
