package regpy.engine;

import regpy.objects.PyObject;
import regpy.runtime.Generators;

/**
 * Generator finalization on the register engines (see docs/ENGINE.md): a generator created by a
 * CALL whose result goes straight into a for loop's GET_ITER ({@link regpy.ir.IrOp#LOOP_OWNED}) is
 * held by that loop alone, so when the loop drops it (IR DROP at a break or return, or unwinding
 * past the loop: {@link regpy.ir.IrFunction#loopIterators()}) it is closed, as CPython's reference
 * counting closes it. The switch loop and spun code call these; the stack interpreter does the same
 * at CALL and POP_TOP.
 */
public final class LoopGenerators {
    private LoopGenerators() {}

    /** After a CALL flagged LOOP_OWNED: a new generator from a generator function is owned by the loop. */
    public static PyObject owned(PyObject result, PyObject callable) {
        return Generators.ownedByLoop(result, callable);
    }

    /** DROP: the loop's iterator leaves the stack; a loop-owned generator is closed (errors reported, not raised). */
    public static void drop(PyObject v) {
        Generators.dropped(v);
    }

    /** Unwinding to a handler of stack depth {@code depth} (or out of the frame: depth 0) drops the loop iterators above it. */
    public static void unwind(PyObject[] registers, int[] loopIterators, int fromRegister) {
        for (int reg : loopIterators) if (reg >= fromRegister) Generators.dropped(registers[reg]);
    }
}
