package regpy.cache;

import regpy.code.CodeObject;
import regpy.interp.Interpreter;
import regpy.modules.BuiltinsModule;
import regpy.objects.*;
import regpy.runtime.Calls;
import regpy.runtime.SourceCompiler;

/** Runs Python source on the reference interpreter in a fresh module, for the cache tests. */
final class PySnippets {
    private PySnippets() {}

    static PyModule run(String source) {
        PyModule m = new PyModule("snippet");
        exec(m, source);
        return m;
    }

    /** Runs more source in an existing module (mutating its classes and globals). */
    static void exec(PyModule m, String source) {
        if (Calls.engine == null) Calls.engine = Interpreter.INSTANCE;
        if (m.dict.getStr("__builtins__") == null) m.set("__builtins__", BuiltinsModule.module());
        CodeObject code = SourceCompiler.compile(source, "<snippet>", "exec");
        Calls.engine.runCode(new PyCode(code), m.dict, m.dict, null);
    }

    static PyObject get(PyModule m, String name) {
        PyObject v = m.dict.getStr(name);
        if (v == null) throw new AssertionError("no global " + name);
        return v;
    }

    static long intOf(PyObject v) { return ((PyInt) v).value; }
}
