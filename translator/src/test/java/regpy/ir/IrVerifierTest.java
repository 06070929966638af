package regpy.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import regpy.code.LineTable.Position;

/** The verifier accepts translated code and rejects each kind of broken IR. */
class IrVerifierTest {
    private static IrFunction base() throws IOException {
        return IrEvalTest.load("hazards.pyc").children().getFirst();          // loop(n)
    }

    private static IrInstr instr(IrOp op, int[] outs, int[] ins) {
        return new IrInstr(op, outs, ins, 0, IrInstr.NO_CACHE, 0, Position.NONE);
    }

    private static IrFunction with(IrFunction f, List<IrInstr> instrs, List<IrHandler> handlers) {
        return new IrFunction(f.code(), instrs, handlers, f.stackSlots(), f.registerCount(), 0, 0, 0, List.of(), java.util.Map.of());
    }

    private static void assertProblem(IrFunction f, String fragment) {
        List<String> problems = IrVerifier.verify(f);
        assertTrue(problems.stream().anyMatch(p -> p.contains(fragment)), "expected '" + fragment + "' in " + problems);
    }

    @Test
    void acceptsTranslatedCode() throws IOException {
        assertEquals(List.of(), IrVerifier.verify(base()));
    }

    @Test
    void rejectsReadOfUnwrittenTemporary() throws IOException {
        IrFunction f = base();
        int t = f.tempBase();
        assertProblem(with(f, List.of(instr(IrOp.RETURN, new int[0], new int[] {t})), List.of()), "before it is written");
    }

    @Test
    void rejectsTemporaryWrittenOnOnlyOnePath() throws IOException {
        IrFunction f = base();
        int t = f.tempBase();
        IrInstr branch = instr(IrOp.JUMP_IF_TRUE, new int[0], new int[] {0});
        branch.setTarget(2);
        List<IrInstr> code = List.of(branch, instr(IrOp.MOVE, new int[] {t}, new int[] {0}),
                instr(IrOp.RETURN, new int[0], new int[] {t}));
        assertProblem(with(f, code, List.of()), "before it is written");
    }

    @Test
    void rejectsBadJumpTargetAndFallingOffTheEnd() throws IOException {
        IrFunction f = base();
        IrInstr jump = instr(IrOp.JUMP, new int[0], new int[0]);
        jump.setTarget(7);
        assertProblem(with(f, List.of(jump), List.of()), "outside");
        assertProblem(with(f, List.of(instr(IrOp.MOVE, new int[] {0}, new int[] {0})), List.of()), "falls off the end");
    }

    @Test
    void rejectsOperandsOutOfRange() throws IOException {
        IrFunction f = base();
        List<IrInstr> code = List.of(instr(IrOp.RETURN, new int[0], new int[] {Operand.constant(99)}));
        assertProblem(with(f, code, List.of()), "bad input k99");
        code = List.of(instr(IrOp.MOVE, new int[] {Operand.NULL}, new int[] {0}), instr(IrOp.RETURN, new int[0], new int[] {0}));
        assertProblem(with(f, code, List.of()), "bad output");
    }

    @Test
    void rejectsBadHandlers() throws IOException {
        IrFunction f = base();
        List<IrInstr> code = List.of(instr(IrOp.RETURN, new int[0], new int[] {0}));
        assertProblem(with(f, code, List.of(new IrHandler(0, 3, 0, 0, false, 0, 0, 0))), "bad handler range");
        assertProblem(with(f, code, List.of(new IrHandler(0, 1, 0, 99, true, 0, 0, 0))), "exceeds the stack slots");
    }

    @Test
    void handlerSeesOnlySlotsBelowItsDepth() throws IOException {
        IrFunction f = base();
        int t = f.tempBase();
        // t1 is written inside the protected range; the handler (depth 0: it receives the exception
        // in t0) reads t1, which the unwinder does not guarantee
        List<IrInstr> code = List.of(instr(IrOp.GET_ITER, new int[] {t + 1}, new int[] {0}),
                instr(IrOp.RETURN, new int[0], new int[] {t + 1}), instr(IrOp.RETURN, new int[0], new int[] {t + 1}));
        assertProblem(with(f, code, List.of(new IrHandler(0, 2, 2, 0, false, 0, 0, 0))), "@2 RETURN: reads");
        List<IrInstr> ok = List.of(instr(IrOp.GET_ITER, new int[] {t + 1}, new int[] {0}),
                instr(IrOp.RETURN, new int[0], new int[] {t + 1}), instr(IrOp.RETURN, new int[0], new int[] {t}));
        assertEquals(List.of(), IrVerifier.verify(with(f, ok, List.of(new IrHandler(0, 2, 2, 0, false, 0, 0, 0)))));
    }
}
