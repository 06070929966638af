package regpy.modules;

import regpy.objects.*;
import regpy.runtime.*;

/** traceback: formatting and printing exceptions with the interpreter's own printer. */
final class TracebackModule {
    private TracebackModule() {}

    static PyBaseException excArg(PyObject[] a) {
        if (a.length == 0) throw Errors.typeError("missing exception argument");
        PyObject e = a[0];
        if (e instanceof PyType && a.length > 1) e = a[1];
        if (e instanceof PyBaseException be) return be;
        throw Errors.typeError("expected an exception, got " + e.type().getName());
    }

    static PyList lines(String text) {
        PyList l = new PyList();
        int start = 0;
        // CPython returns one string per traceback line group; splitting at newlines (kept) is close enough for joining
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') { l.append(PyStr.of(text.substring(start, i + 1))); start = i + 1; }
        }
        if (start < text.length()) l.append(PyStr.of(text.substring(start)));
        return l;
    }

    static void write(PyObject file, String text) {
        Calls.callMethod(file == null || file == PySingleton.NONE ? SysModule.stderr() : file, "write", PyStr.of(text));
    }

    static PyObject fileArg(PyObject[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        for (int i = 0; i < nk; i++) if (k[i].equals("file")) return a[a.length - nk + i];
        return null;
    }

    static PyObject[] positional(PyObject[] a, String[] k) { return Args.positional(a, k); }

    static PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.def("format_exc", (a, k) -> {
            PyObject h = ThreadState.current().handled;
            return PyStr.of(h instanceof PyBaseException e ? TracebackPrinter.format(e) : "NoneType: None\n");
        });
        m.def("print_exc", (a, k) -> {
            PyObject h = ThreadState.current().handled;
            write(fileArg(a, k), h instanceof PyBaseException e ? TracebackPrinter.format(e) : "NoneType: None\n");
            return PySingleton.NONE;
        });
        m.def("format_exception", (a, k) -> lines(TracebackPrinter.format(excArg(positional(a, k)))));
        m.def("print_exception", (a, k) -> { write(fileArg(a, k), TracebackPrinter.format(excArg(positional(a, k)))); return PySingleton.NONE; });
        m.def("format_exception_only", (a, k) -> lines(TracebackPrinter.exceptionLine(excArg(positional(a, k))) + "\n"));
        m.def("print_stack", (a, k) -> PySingleton.NONE);
        m.def("format_tb", (a, k) -> new PyList());
        m.def("extract_tb", (a, k) -> new PyList());
        return m;
    }
}
