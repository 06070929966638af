package regpy.objects;

import regpy.code.CodeObject;

/**
 * An activation of a code object: fast locals and the value stack in one array (locals plus
 * cells and free variables first, then the stack), the instruction pointer, and the link to
 * the calling frame. A generator keeps its frame and resumes it at {@link #ip}.
 */
public final class PyFrame extends PyObject {
    public final PyCode pycode;
    public final CodeObject code;
    public final PyFunction function;   // null for module and class bodies run by exec
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies (LOAD_NAME), else null. */
    public PyObject locals;
    public final PyObject[] slots;
    /** Stack pointer: index in slots of the next free stack slot. */
    public int sp;
    /** Byte offset of the next instruction to execute. */
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

    public PyFrame(PyCode pycode, PyFunction function, PyDict globals, PyDict builtins, PyObject locals) {
        this.pycode = pycode;
        this.code = pycode.code;
        this.function = function;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.slots = new PyObject[code.framesize()];
        this.sp = code.nlocalsplus();
    }

    @Override public PyType type() { return Types.FRAME; }

    /** The current line (f_lineno). */
    public int lineno() {
        int off = lasti < 0 ? 0 : lasti;
        return code.lineAt(off);
    }
}
