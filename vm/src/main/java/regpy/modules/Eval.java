package regpy.modules;

import regpy.code.CodeObject;
import regpy.objects.*;
import regpy.runtime.*;

/** exec(), eval() and compile(). */
final class Eval {
    private Eval() {}

    static PyObject exec(PyObject[] a, String[] k, boolean isExec) {
        String fname = isExec ? "exec" : "eval";
        PyObject[] p = Args.parse(fname, a, k, 1, 3, "source", "globals", "locals", "closure");
        PyFrame caller = ThreadState.current().frame;
        PyDict globals;
        PyObject locals;
        if (p[1] == null || p[1] == PySingleton.NONE) {
            globals = caller == null ? new PyDict() : caller.globals;
            locals = p[2] != null && p[2] != PySingleton.NONE ? p[2] : caller == null ? globals : (caller.locals != null ? caller.locals : BuiltinsModule.frameLocals(caller));
        } else {
            if (!(p[1] instanceof PyDict g)) throw Errors.typeError(fname + "() globals must be a dict, not " + p[1].type().getName());
            globals = g;
            locals = p[2] == null || p[2] == PySingleton.NONE ? globals : p[2];
        }
        if (globals.getStr("__builtins__") == null) globals.putStr("__builtins__", BuiltinsModule.module());
        PyCode code;
        if (p[0] instanceof PyCode c) code = c;
        else {
            String src;
            if (p[0] instanceof PyStr s) src = s.value;
            else if (p[0] instanceof PyBytes b) src = new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            else throw Errors.typeError(fname + "() arg 1 must be a string, bytes or code object");
            if (!isExec) src = src.stripLeading();
            code = new PyCode(SourceCompiler.compile(src, "<string>", isExec ? "exec" : "eval"));
        }
        PyObject r = Calls.engine.runCode(code, globals, locals, null);
        return isExec ? PySingleton.NONE : r;
    }

    static PyObject compile(PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("compile", a, k, 3, "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version");
        String src = p[0] instanceof PyStr s ? s.value : p[0] instanceof PyBytes b ? new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8) : null;
        if (src == null) throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
        String mode = Abstract.strString(p[2]);
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single"))
            throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        CodeObject co = SourceCompiler.compile(src, Abstract.strString(p[1]), mode);
        return new PyCode(co);
    }
}
