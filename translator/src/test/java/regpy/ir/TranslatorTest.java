package regpy.ir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The translation of hazards.py: the whole listing against a reviewed golden file
 * (ir/hazards.ir.txt), plus the properties each hazard relies on, stated directly.
 */
class TranslatorTest {
    private static IrFunction fn(IrFunction module, String name) {
        return module.children().stream().filter(c -> c.code().name.equals(name)).findFirst().orElseThrow();
    }

    private static List<IrOp> ops(IrFunction f) {
        return f.instrs().stream().map(IrInstr::op).toList();
    }

    /**
     * The register side of the listing: the stack column is regpy.dis's output (tested there), so
     * only the IR column, headers and handler table are compared.
     */
    private static List<String> registerSide(String listing) {
        return listing.lines().map(l -> l.contains("| ") ? l.substring(l.indexOf("| ") + 2)
                : l.startsWith("Register IR") || l.startsWith("  registers") || l.startsWith("IR exception") || l.startsWith("  ") && l.contains(" -> ") ? l : null)
                .filter(l -> l != null).toList();
    }

    @Test
    void listingMatchesGolden() throws IOException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/ir/hazards.ir.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String actual = IrPrinter.print(IrEvalTest.load("hazards.pyc"));
        assertEquals(String.join("\n", registerSide(expected)), String.join("\n", registerSide(actual)));
        assertTrue(registerSide(actual).size() > 200, "the comparison covers the listing");
    }

    @Test
    void loopBodyReadsAndWritesLocalsDirectly() throws IOException {
        IrFunction loop = fn(IrEvalTest.load("hazards.pyc"), "loop");
        IrInstr forIter = loop.instrs().stream().filter(i -> i.op() == IrOp.FOR_ITER).findFirst().orElseThrow();
        assertEquals(2, forIter.out(0), "FOR_ITER writes i directly");
        int at = loop.instrs().indexOf(forIter);
        assertEquals(List.of(IrOp.BINARY, IrOp.BINARY, IrOp.JUMP), ops(loop).subList(at + 1, at + 4));
        assertEquals(1, loop.instr(at + 2).out(0), "s = s + ... writes s directly");
        assertEquals(at, loop.instr(at + 3).target());
        assertTrue(ops(loop).contains(IrOp.JUMP_UNLESS_CMP), "while s < n: compare and branch fused");
    }

    @Test
    void loopHeadersAreCanonicalEntriesForOnStackReplacement() throws IOException {
        IrFunction loop = fn(IrEvalTest.load("hazards.pyc"), "loop");
        // the stack code's backward jumps (JUMP_BACKWARD at 48 to 28, at 86 to 66) land on canonical entries
        assertEquals(IrOp.FOR_ITER, loop.instr(loop.canonicalEntry(28)).op());
        assertEquals(IrOp.BINARY, loop.instr(loop.canonicalEntry(66)).op());
        for (IrInstr in : loop.instrs()) {
            if (in.op() == IrOp.JUMP && in.target() < loop.instrs().indexOf(in))
                assertTrue(loop.canonicalOffsets().stream().anyMatch(o -> loop.canonicalEntry(o) == in.target()),
                        "backward jump to " + in.target() + " has a canonical entry");
        }
        assertEquals(-1, loop.canonicalEntry(32), "the loop body continues FOR_ITER's symbolic state");
    }

    @Test
    void livenessAtTheLoopHeader() throws IOException {
        IrFunction loop = fn(IrEvalTest.load("hazards.pyc"), "loop");
        IrCfg cfg = IrCfg.of(loop);
        int header = loop.canonicalEntry(28);
        java.util.BitSet live = cfg.liveIn(cfg.blockOf(header));
        assertEquals("{0, 1, " + loop.tempBase() + "}", live.toString(), "n, s and the iterator; not i");
        assertEquals(header, cfg.blockOf(header).start());
        assertTrue(cfg.blocks().stream().allMatch(b -> b.handler() == -1), "no handlers in loop()");
        IrFunction gen = fn(IrEvalTest.load("hazards.pyc"), "gen");
        IrCfg gcfg = IrCfg.of(gen);
        assertTrue(gcfg.blocks().stream().anyMatch(b -> b.handler() >= 0), "gen's try has an exception edge");
    }

    @Test
    void swapSavesTheOverwrittenLocalFirst() throws IOException {
        IrFunction swap = fn(IrEvalTest.load("hazards.pyc"), "swap");
        int t0 = swap.tempBase();
        // a, b = b, a:  t0 <- b; b <- a; a <- t0
        assertArrayEquals(new int[] {t0}, swap.instr(0).outs());
        assertArrayEquals(new int[] {1}, swap.instr(0).ins());
        assertArrayEquals(new int[] {1}, swap.instr(1).outs());
        assertArrayEquals(new int[] {0}, swap.instr(1).ins());
        assertArrayEquals(new int[] {0}, swap.instr(2).outs());
        assertArrayEquals(new int[] {t0}, swap.instr(2).ins());
    }

    @Test
    void uncertainLocalsAreCheckedWhereCPythonChecksThem() throws IOException {
        IrFunction module = IrEvalTest.load("hazards.pyc");
        assertEquals(List.of(IrOp.JUMP_IF_FALSY, IrOp.MOVE, IrOp.CHECK_BOUND, IrOp.RETURN), ops(fn(module, "unbound")));
        IrFunction deleted = fn(module, "deleted");
        assertEquals(List.of(IrOp.DELETE_FAST, IrOp.CHECK_BOUND, IrOp.RETURN), ops(deleted));
        assertEquals(24, deleted.instr(1).position().line(), "UnboundLocalError reported on the load's line");
    }

    @Test
    void generatorsKeepLiveTemporariesAndHandlersMapOntoIr() throws IOException {
        IrFunction gen = fn(IrEvalTest.load("hazards.pyc"), "gen");
        int t0 = gen.tempBase();
        for (IrInstr in : gen.instrs()) {
            if (in.op() == IrOp.YIELD) assertArrayEquals(new int[] {t0}, in.liveTemps(), "the iterator survives the yield");
        }
        assertEquals(gen.code().exceptionEntries().size(), gen.handlers().size());
        for (IrHandler h : gen.handlers()) {
            assertTrue(gen.instr(h.target()).offset() >= h.stackTarget(), "handler target maps into the handler's code");
            assertTrue(gen.instr(h.target() - 1).offset() < h.stackTarget(), "and to its first IR instruction");
            for (int i = h.start(); i < h.end(); i++) {
                int off = gen.instr(i).offset();
                assertTrue(off >= h.stackStart() && off < h.stackEnd() || gen.instr(i).op() == IrOp.MOVE,
                        "IR instruction " + i + " at offset " + off + " belongs to region " + h);
            }
        }
    }

    @Test
    void identityAndMembershipTestsFuseWithTheirBranch() throws IOException {
        IrFunction member = fn(IrEvalTest.load("hazards.pyc"), "member");
        assertEquals(List.of(IrOp.JUMP_IF_CONTAINS, IrOp.JUMP_IF_IS, IrOp.RETURN, IrOp.RETURN), ops(member));
        assertEquals(1, member.instr(0).arg(), "x in xs, POP_JUMP_IF_FALSE: jump when not in");
        assertEquals(0, member.instr(1).arg(), "x is not xs, POP_JUMP_IF_FALSE: jump when is");
    }

    @Test
    void semanticsAreDocumentedForEveryOpcode() {
        for (IrOp op : IrOp.values()) assertTrue(!op.semantics().isBlank(), op.name());
    }
}
