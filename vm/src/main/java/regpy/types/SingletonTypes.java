package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;

/** NoneType, NotImplementedType and ellipsis. */
public final class SingletonTypes {
    private SingletonTypes() {}

    private static void common(PyType t, PySingleton v, String repr) {
        t.m0("__repr__", self -> PyStr.of(repr));
        t.staticMethod("__new__", (a, k) -> {
            if (a.length > 1) throw Errors.typeError(t.getName() + " takes no arguments");
            return v;
        });
    }

    public static void initNone(PyType t) {
        common(t, PySingleton.NONE, "None");
        t.m0("__bool__", self -> PyBool.FALSE);
        t.m0("__hash__", self -> PyInt.of(0xFCA86420L));
    }

    public static void initNotImplemented(PyType t) {
        common(t, PySingleton.NOT_IMPLEMENTED, "NotImplemented");
        t.m0("__bool__", self -> { throw Errors.typeError("NotImplemented should not be used in a boolean context"); });
    }

    public static void initEllipsis(PyType t) { common(t, PySingleton.ELLIPSIS, "Ellipsis"); }
}
