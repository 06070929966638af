package regpy.engine;

import regpy.objects.PyBaseException;
import regpy.objects.PyFrame;
import regpy.objects.PyObject;
import regpy.runtime.ThreadState;

/**
 * What executes the register IR of one code object: the plain switch loop ({@link SwitchBody}) or
 * a spun class (regpy.engine.spin). A body is stateless per call; all state is in the frame.
 *
 * <p>Contract: {@code frame} is a register frame ({@link RegisterEngine#newFrame}): its slots are
 * the register file (size {@code IrFunction.registerCount()}), {@code frame.ip} is the IR index to
 * continue at (0 for a new frame; the instruction after the YIELD for a resumed generator, whose
 * output register the caller has already written). The caller has pushed the frame on
 * {@code ts} ({@link ThreadState#pushFrame}); the body does not pop it. When {@code pending} is
 * not null the body raises it at the instruction {@code frame.ip - 1} (generator.throw() at the
 * YIELD) and unwinds through the IR exception table as for any raise.
 *
 * <p>On return: either the frame finished ({@code frame.finished}, the result is the return
 * value) or it suspended at a YIELD ({@code frame.ip} = the index after it, the result is the
 * yielded value) or at RETURN_GENERATOR (the result is the new generator). An exception escaping
 * the frame sets {@code frame.finished} and propagates as a {@link regpy.runtime.PyException}
 * with this frame's traceback entry added. {@code frame.lasti} always holds the stack-bytecode
 * offset ({@code IrInstr.offset()}) of the instruction executing or last executed.
 */
public interface Body {
    PyObject execute(PyFrame frame, ThreadState ts, PyBaseException pending);
}
