package regpy.types;

import java.util.function.Consumer;

import regpy.objects.*;
import regpy.runtime.*;

/** BaseException and the subclasses with extra attributes or a special __str__. */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    static PyBaseException e(PyObject o) { return (PyBaseException) o; }

    public static Consumer<PyType> initFor(String name) {
        return switch (name) {
            case "BaseException" -> ExceptionTypes::initBase;
            case "KeyError" -> t -> t.m0("__str__", self -> e(self).args.items.length == 1 ? Abstract.repr(e(self).args.items[0]) : PyStr.of(strOf(e(self))));
            case "StopIteration" -> t -> t.getset("value", self -> stopIterationValue(e(self)), (self, v) -> e(self).getDict().putStr("value", v));
            case "BaseExceptionGroup" -> ExceptionTypes::initGroup;
            case "SyntaxError" -> ExceptionTypes::initSyntaxError;
            case "ImportError" -> t -> {
                t.getset("name", self -> orNone(e(self).getDict().getStr("name")), (self, v) -> e(self).getDict().putStr("name", v));
                t.getset("path", self -> orNone(e(self).getDict().getStr("path")), (self, v) -> e(self).getDict().putStr("path", v));
                t.getset("msg", self -> e(self).args.items.length > 0 ? e(self).args.items[0] : PySingleton.NONE, null);
            };
            default -> t -> {};
        };
    }

    /** Attributes derived from the constructor arguments of builtin exception classes. */
    public static void initFields(PyBaseException e, PyObject[] args) {
        PyType t = e.type();
        if (t.isSubtype(Types.STOP_ITERATION)) e.getDict().putStr("value", args.length > 0 ? args[0] : PySingleton.NONE);
        else if (t.isSubtype(Types.SYSTEM_EXIT)) e.getDict().putStr("code", args.length == 0 ? PySingleton.NONE : args.length == 1 ? args[0] : PyTuple.of(args));
    }

    public static PyObject stopIterationValue(PyBaseException e) {
        PyObject v = e.getDict().getStr("value");
        if (v != null) return v;
        return e.args.items.length > 0 ? e.args.items[0] : PySingleton.NONE;
    }

    public static void setCause(PyBaseException e, PyObject cause) {
        if (cause == PySingleton.NONE) e.cause = null;
        else if (cause instanceof PyType ct && ct.isException) e.cause = Exceptions.instantiate(ct);
        else if (cause instanceof PyBaseException) e.cause = cause;
        else throw Errors.typeError("exception causes must derive from BaseException");
        e.suppressContext = true;
    }

    public static void setContext(PyBaseException e, PyBaseException ctx) {
        // break cycles: if e is already in ctx's context chain, cut it there
        PyObject o = ctx;
        while (o instanceof PyBaseException c) {
            if (c.context == e) { c.context = null; break; }
            o = c.context;
        }
        e.context = ctx;
    }

    static String strOf(PyBaseException e) {
        PyObject[] a = e.args.items;
        if (a.length == 0) return "";
        if (a.length == 1) return Abstract.str(a[0]).value;
        return Abstract.repr(e.args).value;
    }

    static void initBase(PyType t) {
        t.staticMethod("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            PyBaseException e = (PyBaseException) cls.factory.create(cls);
            e.args = PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length - (k == null ? 0 : k.length)));
            initFields(e, e.args.items);
            return e;
        });
        t.mv("__init__", (self, a, k) -> {
            int nk = k == null ? 0 : k.length;
            if (nk > 0 && self.type().isBuiltin()) throw Errors.typeError(self.type().getName() + "() takes no keyword arguments");
            e(self).args = PyTuple.of(java.util.Arrays.copyOf(a, a.length - nk));
            PyType ty = self.type();
            if (ty.isSubtype(Types.STOP_ITERATION) || ty.isSubtype(Types.SYSTEM_EXIT)) initFields(e(self), e(self).args.items);
            if (ty.isSubtype(Types.OS_ERROR) && a.length >= 2) {
                e(self).getDict().putStr("errno", a[0]);
                e(self).getDict().putStr("strerror", a[1]);
            }
            return PySingleton.NONE;
        });
        t.m0("__str__", self -> {
            PyBaseException x = e(self);
            if (x.type().isSubtype(Types.OS_ERROR) && x.args.items.length >= 2) {
                PyObject fn = x.getDict().getStr("filename");
                return PyStr.of("[Errno " + Abstract.strString(x.args.items[0]) + "] " + Abstract.strString(x.args.items[1])
                        + (fn != null && fn != PySingleton.NONE ? ": " + Abstract.reprString(fn) : ""));
            }
            return PyStr.of(strOf(x));
        });
        t.m0("__repr__", self -> {
            PyBaseException x = e(self);
            String n = x.type().getName();
            if (x.args.items.length == 1) return PyStr.of(n + "(" + Abstract.reprString(x.args.items[0]) + ")");
            return PyStr.of(n + Abstract.reprString(x.args));
        });
        t.getset("args", self -> e(self).args, (self, v) -> e(self).args = PyTuple.of(Iter.toArrayCopy(v)));
        t.getset("__traceback__", self -> e(self).traceback == null ? PySingleton.NONE : e(self).traceback,
                (self, v) -> e(self).traceback = v instanceof PyTraceback tb ? tb : null);
        t.getset("__cause__", self -> e(self).cause == null ? PySingleton.NONE : e(self).cause, (self, v) -> {
            if (v != PySingleton.NONE && !(v instanceof PyBaseException)) throw Errors.typeError("exception cause must be None or derive from BaseException");
            e(self).cause = v == PySingleton.NONE ? null : v;
            e(self).suppressContext = true;
        });
        t.getset("__context__", self -> e(self).context == null ? PySingleton.NONE : e(self).context,
                (self, v) -> e(self).context = v == PySingleton.NONE ? null : v);
        t.getset("__suppress_context__", self -> PyBool.of(e(self).suppressContext), (self, v) -> e(self).suppressContext = Abstract.isTrue(v));
        t.getset("__dict__", PyObject::getDict, null);
        t.m1("with_traceback", (self, tb) -> { e(self).traceback = tb instanceof PyTraceback x ? x : null; return self; });
        t.m1("add_note", (self, note) -> {
            if (!(note instanceof PyStr)) throw Errors.typeError("note must be a str, not '" + note.type().getName() + "'");
            PyObject notes = e(self).getDict().getStr("__notes__");
            if (notes == null) { notes = new PyList(); e(self).getDict().putStr("__notes__", notes); }
            ((PyList) notes).append(note);
            return PySingleton.NONE;
        });
        t.m0("__reduce__", self -> PyTuple.of(self.type(), e(self).args));
    }

    static PyObject orNone(PyObject o) { return o == null ? PySingleton.NONE : o; }

    static void initSyntaxError(PyType t) {
        t.mv("__init__", (self, a, k) -> {
            PyBaseException x = e(self);
            x.args = PyTuple.of(a.clone());
            PyDict d = x.getDict();
            if (a.length >= 1) d.putStr("msg", a[0]);
            if (a.length == 2) {
                PyObject[] info = Iter.toArray(a[1]);
                String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
                if (info.length < 4 || info.length > 6) throw Errors.indexError("tuple index out of range");
                for (int i = 0; i < info.length; i++) d.putStr(names[i], info[i]);
            }
            return PySingleton.NONE;
        });
        for (String n : new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"})
            t.getset(n, self -> orNone(e(self).getDict().getStr(n)), (self, v) -> e(self).getDict().putStr(n, v));
        t.m0("__str__", self -> {
            PyDict d = e(self).getDict();
            PyObject msg = d.getStr("msg");
            String m = msg == null ? strOf(e(self)) : Abstract.strString(msg);
            PyObject fn = d.getStr("filename"), ln = d.getStr("lineno");
            boolean hasFile = fn instanceof PyStr, hasLine = ln instanceof PyInt;
            String base = hasFile ? ((PyStr) fn).value.substring(((PyStr) fn).value.lastIndexOf('/') + 1) : null;
            if (hasFile && hasLine) return PyStr.of(m + " (" + base + ", line " + Abstract.strString(ln) + ")");
            if (hasFile) return PyStr.of(m + " (" + base + ")");
            if (hasLine) return PyStr.of(m + " (line " + Abstract.strString(ln) + ")");
            return PyStr.of(m);
        });
    }

    static void initGroup(PyType t) {
        t.staticMethod("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            if (a.length != 3) throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + (a.length - 1) + " given)");
            if (!(a[1] instanceof PyStr)) throw Errors.typeError("argument 1 must be str, not " + a[1].type().getName());
            PyObject[] excs = Iter.toArray(a[2]);
            if (!(a[2] instanceof PyList || a[2] instanceof PyTuple)) throw Errors.typeError("second argument (exceptions) must be a sequence");
            if (excs.length == 0) throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
            boolean allExc = true;
            for (int i = 0; i < excs.length; i++) {
                if (!(excs[i] instanceof PyBaseException be)) throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
                if (!be.type().isSubtype(Types.EXCEPTION)) allExc = false;
            }
            if (cls == Types.BASE_EXCEPTION_GROUP && allExc) cls = Types.EXCEPTION_GROUP;
            if (cls.isSubtype(Types.EXCEPTION) && !allExc) throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            PyBaseException g = (PyBaseException) cls.factory.create(cls);
            g.args = PyTuple.of(a[1], a[2]);
            g.getDict().putStr("message", a[1]);
            g.getDict().putStr("exceptions", PyTuple.of(excs.clone()));
            return g;
        });
        t.mv("__init__", (self, a, k) -> PySingleton.NONE);
        t.getset("message", self -> e(self).getDict().getStr("message"), null);
        t.getset("exceptions", self -> e(self).getDict().getStr("exceptions"), null);
        t.m0("__str__", self -> {
            int n = ((PyTuple) e(self).getDict().getStr("exceptions")).items.length;
            return PyStr.of(Abstract.strString(e(self).getDict().getStr("message")) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
        });
        t.m1("derive", (self, excs) -> Calls.call(Types.BASE_EXCEPTION_GROUP, e(self).getDict().getStr("message"), excs));
        t.m1("split", (self, cond) -> {
            PyObject[] r = split(e(self), cond);
            return PyTuple.of(r[0], r[1]);
        });
        t.m1("subgroup", (self, cond) -> split(e(self), cond)[0]);
    }

    static boolean matchesCond(PyBaseException x, PyObject cond) {
        if (cond instanceof PyType || cond instanceof PyTuple) return Abstract.isInstance(x, cond);
        return Abstract.isTrue(Calls.call(cond, x));
    }

    /** {match, rest} of a group by a type, tuple or predicate. */
    static PyObject[] split(PyBaseException g, PyObject cond) {
        if (matchesCond(g, cond)) return new PyObject[] {g, PySingleton.NONE};
        if (!g.type().isSubtype(Types.BASE_EXCEPTION_GROUP)) return new PyObject[] {PySingleton.NONE, g};
        java.util.List<PyObject> m = new java.util.ArrayList<>(), r = new java.util.ArrayList<>();
        for (PyObject x : ((PyTuple) g.getDict().getStr("exceptions")).items) {
            PyObject[] s = split((PyBaseException) x, cond);
            if (s[0] != PySingleton.NONE) m.add(s[0]);
            if (s[1] != PySingleton.NONE) r.add(s[1]);
        }
        return new PyObject[] {derived(g, m), derived(g, r)};
    }

    static PyObject derived(PyBaseException g, java.util.List<PyObject> parts) {
        if (parts.isEmpty()) return PySingleton.NONE;
        PyBaseException d = (PyBaseException) Calls.callMethod(g, "derive", new PyList(parts.toArray(new PyObject[0])));
        d.traceback = g.traceback;
        d.cause = g.cause;
        d.context = g.context;
        PyObject notes = g.getDict().getStr("__notes__");
        if (notes != null) d.getDict().putStr("__notes__", notes);
        return d;
    }
}
