package regpy.runtime;

import regpy.compile.CompileWarnings;
import regpy.objects.*;

/**
 * Sends the compiler's SyntaxWarnings through Python's {@code warnings.warn_explicit}, as CPython's
 * compiler does, so that {@code -W}, {@code warnings.filterwarnings} and {@code catch_warnings} see
 * them; a SyntaxWarning raised by an "error" filter tells the compiler to raise SyntaxError instead.
 * Installed once at start-up: {@code regpy.compile.Compiler.setWarnings(WarningsBridge.INSTANCE)}.
 */
public final class WarningsBridge implements CompileWarnings {
    public static final WarningsBridge INSTANCE = new WarningsBridge();

    private WarningsBridge() {}

    @Override
    public boolean warn(String message, String filename, int lineno) {
        PyObject warnings;
        try {
            warnings = regpy.importer.Importer.importModule("warnings");
        } catch (PyException e) {
            // No warnings module on the path (a VM without the stdlib jar): CPython's default display.
            return CompileWarnings.STDERR.warn(message, filename, lineno);
        }
        try {
            Calls.call(Attr.getAttr(warnings, "warn_explicit"),
                    PyStr.of(message), Types.SYNTAX_WARNING, PyStr.of(filename), PyInt.of(lineno));
            return false;
        } catch (PyException e) {
            if (e.exc.type().isSubtype(Types.SYNTAX_WARNING)) return true;
            throw e;
        }
    }
}
