package regpy.modules;

import java.util.ArrayList;
import java.util.List;

import regpy.objects.*;
import regpy.runtime.*;

/** atexit: handlers run by the CLI at exit, last registered first. */
public final class AtexitModule {
    private AtexitModule() {}

    private static final List<PyObject[]> HANDLERS = new ArrayList<>();

    static PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.def("register", (a, k) -> {
            if (a.length == 0) throw Errors.typeError("register() takes at least 1 argument (0 given)");
            synchronized (HANDLERS) { HANDLERS.add(new PyObject[] {a[0], PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length))}); }
            return a[0];
        });
        m.def("unregister", (a, k) -> {
            synchronized (HANDLERS) { HANDLERS.removeIf(h -> Abstract.richEqBool(h[0], a[0])); }
            return PySingleton.NONE;
        });
        m.def("_run_exitfuncs", (a, k) -> { runAll(); return PySingleton.NONE; });
        m.def("_clear", (a, k) -> { synchronized (HANDLERS) { HANDLERS.clear(); } return PySingleton.NONE; });
        return m;
    }

    /** Runs and clears the handlers; exceptions are printed as CPython does ("Exception ignored in atexit callback"). */
    public static void runAll() {
        while (true) {
            PyObject[] h;
            synchronized (HANDLERS) {
                if (HANDLERS.isEmpty()) return;
                h = HANDLERS.remove(HANDLERS.size() - 1);
            }
            try {
                Calls.callEx(h[0], h[1], null);
            } catch (PyException e) {
                if (e.exc.type().isSubtype(Types.SYSTEM_EXIT)) continue;
                SysModule.STDOUT.flush();
                SysModule.STDERR.write("Exception ignored in atexit callback " + Abstract.reprString(h[0]) + ":\n");
                TracebackPrinter.print(e.exc);
            }
        }
    }
}
