package regpy.stdlib.introspect;

import regpy.objects.*;
import regpy.parse.PySyntaxError;
import regpy.runtime.Exceptions;
import regpy.runtime.PyException;

/**
 * The front end's {@link PySyntaxError} as a Python SyntaxError (or IndentationError/TabError)
 * with CPython's attributes. Needed where this package calls the parser and compiler directly
 * (bytes sources, ONLY_AST); the VM's SourceCompiler does the same for source strings but keeps
 * its converter private (the lead may expose it and this class can then delegate).
 */
final class SyntaxErrors {
    private SyntaxErrors() {}

    static PyException of(PySyntaxError e) {
        PyType t = Types.exceptions().getOrDefault(e.kind, Types.SYNTAX_ERROR);
        PyObject msg = PyStr.of(e.msg);
        PyBaseException exc = Exceptions.create(t, new PyObject[] {msg});
        PyDict d = exc.getDict();
        d.putStr("msg", msg);
        d.putStr("filename", PyStr.of(e.filename));
        d.putStr("lineno", PyInt.of(e.lineno));
        d.putStr("offset", PyInt.of(e.offset));
        d.putStr("end_lineno", PyInt.of(e.end_lineno));
        d.putStr("end_offset", PyInt.of(e.end_offset));
        d.putStr("text", e.text == null ? PySingleton.NONE : PyStr.of(e.text));
        d.putStr("print_file_and_line", PySingleton.NONE);
        return exc.toThrowable();
    }
}
