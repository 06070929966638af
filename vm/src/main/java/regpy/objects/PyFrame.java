package regpy.objects;

import regpy.code.CodeObject;

/**
 * An activation of a code object: fast locals and the value stack in one array (locals plus
 * cells and free variables first, then the stack), the instruction pointer, and the link to
 * the calling frame. A generator keeps its frame and resumes it at {@link #ip}.
 *
 * <p>Both kinds of engine use this class. For the reference (stack) interpreter, {@link #slots}
 * is locals-plus then the operand stack, {@link #ip} a byte offset and {@link #sp} the stack
 * pointer. For a register engine (regpy.engine), {@link #slots} is the register file (locals-plus
 * are registers 0..nlocalsplus-1, temporaries follow), {@link #ip} is the IR index of the next
 * instruction and {@link #sp} is unused. {@link #executor} says which engine owns the frame, so
 * a suspended generator is resumed by the engine that suspended it. {@link #lasti} is always the
 * stack-bytecode offset of the executing instruction, so tracebacks are the same on every engine.
 */
public final class PyFrame extends PyObject {
    public final PyCode pycode;
    public final CodeObject code;
    public final PyFunction function;   // null for module and class bodies run by exec
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies (LOAD_NAME), else null. */
    public PyObject locals;
    /** Locals-plus then stack (stack engine) or the register file (register engines); grown only by on-stack replacement. */
    public PyObject[] slots;
    /** The engine that runs this frame (and resumes it when it is a generator's). */
    public regpy.runtime.Calls.Engine executor;
    /** Stack pointer: index in slots of the next free stack slot. */
    public int sp;
    /** Byte offset of the next instruction to execute (register frames: the IR index). */
    public int ip;
    /** Byte offset of the instruction being executed (f_lasti). */
    public int lasti = -1;
    public PyFrame back;
    /** The generator/coroutine that owns this frame, or null. */
    public PyObject generator;
    /** The exception being handled in this frame (its exc_info), restored by POP_EXCEPT. */
    public PyObject excInfo;
    /** Set when the frame finished (returned or raised). */
    public boolean finished;

    /** A frame with {@code nslots} slots (at least co_framesize) run by {@code executor}. */
    public PyFrame(PyCode pycode, PyFunction function, PyDict globals, PyDict builtins, PyObject locals,
                   int nslots, regpy.runtime.Calls.Engine executor) {
        this.pycode = pycode;
        this.executor = executor;
        this.code = pycode.code;
        this.function = function;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.slots = new PyObject[nslots];
        this.sp = code.nlocalsplus();
    }

    @Override public PyType type() { return Types.FRAME; }

    /** The current line (f_lineno). */
    public int lineno() {
        int off = lasti < 0 ? 0 : lasti;
        return code.lineAt(off);
    }
}
