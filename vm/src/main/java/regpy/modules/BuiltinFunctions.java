package regpy.modules;

import java.util.TreeSet;

import regpy.objects.*;
import regpy.runtime.*;

/** The functions of the builtins module (print, len, min, sorted, getattr, ...). */
final class BuiltinFunctions {
    private BuiltinFunctions() {}

    static final PyObject NONE = PySingleton.NONE;

    static void define(PyModule m) {
        m.def("print", BuiltinFunctions::print);
        m.def("len", (a, k) -> { Args.count("len", a, k, 1, 1); return PyInt.of(Abstract.len(a[0])); });
        m.def("repr", (a, k) -> { Args.count("repr", a, k, 1, 1); return Abstract.repr(a[0]); });
        m.def("ascii", (a, k) -> { Args.count("ascii", a, k, 1, 1); return Builtins.ascii(a[0]); });
        m.def("abs", (a, k) -> { Args.count("abs", a, k, 1, 1); return Abstract.abs(a[0]); });
        m.def("all", (a, k) -> {
            Args.count("all", a, k, 1, 1);
            PyObject it = Iter.getIter(a[0]);
            for (PyObject x; (x = Iter.next(it)) != null; ) if (!Abstract.isTrue(x)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        m.def("any", (a, k) -> {
            Args.count("any", a, k, 1, 1);
            PyObject it = Iter.getIter(a[0]);
            for (PyObject x; (x = Iter.next(it)) != null; ) if (Abstract.isTrue(x)) return PyBool.TRUE;
            return PyBool.FALSE;
        });
        m.def("bin", (a, k) -> { Args.count("bin", a, k, 1, 1); return PyStr.of(radix(Abstract.index(a[0]), 2, "0b")); });
        m.def("oct", (a, k) -> { Args.count("oct", a, k, 1, 1); return PyStr.of(radix(Abstract.index(a[0]), 8, "0o")); });
        m.def("hex", (a, k) -> { Args.count("hex", a, k, 1, 1); return PyStr.of(radix(Abstract.index(a[0]), 16, "0x")); });
        m.def("callable", (a, k) -> {
            Args.count("callable", a, k, 1, 1);
            PyObject o = a[0];
            return PyBool.of(o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyType || o instanceof PyMethod
                    || o instanceof PyMethodDescr || o.type().lookup("__call__") != null);
        });
        m.def("chr", (a, k) -> {
            Args.count("chr", a, k, 1, 1);
            if (!(a[0] instanceof PyInt) && a[0].type().lookup("__index__") == null)
                throw Errors.typeError("'" + a[0].type().getName() + "' object cannot be interpreted as an integer");
            PyInt i = Abstract.index(a[0]);
            if (i.big != null) throw Errors.overflowError("Python int too large to convert to C int");
            if (i.value < 0 || i.value > 0x10FFFF) throw Errors.valueError("chr() arg not in range(0x110000)");
            return PyStr.ofCodePoint((int) i.value);
        });
        m.def("ord", (a, k) -> {
            Args.count("ord", a, k, 1, 1);
            if (a[0] instanceof PyStr s) {
                if (s.length() != 1) throw Errors.typeError("ord() expected a character, but string of length " + s.length() + " found");
                return PyInt.of(s.value.codePointAt(0));
            }
            if (a[0] instanceof PyBytes b) {
                if (b.size() != 1) throw Errors.typeError("ord() expected a character, but string of length " + b.size() + " found");
                return PyInt.of(b.get(0));
            }
            throw Errors.typeError("ord() expected string of length 1, but " + a[0].type().getName() + " found");
        });
        m.def("getattr", (a, k) -> {
            Args.count("getattr", a, k, 2, 3);
            if (!(a[1] instanceof PyStr n)) throw Errors.typeError("attribute name must be string, not '" + a[1].type().getName() + "'");
            if (a.length == 3) {
                PyObject v = Attr.getAttrOrNull(a[0], n.value);
                return v == null ? a[2] : v;
            }
            return Attr.getAttr(a[0], n.value);
        });
        m.def("setattr", (a, k) -> {
            Args.count("setattr", a, k, 3, 3);
            if (!(a[1] instanceof PyStr n)) throw Errors.typeError("attribute name must be string, not '" + a[1].type().getName() + "'");
            Attr.setAttr(a[0], n.value, a[2]);
            return NONE;
        });
        m.def("delattr", (a, k) -> {
            Args.count("delattr", a, k, 2, 2);
            if (!(a[1] instanceof PyStr n)) throw Errors.typeError("attribute name must be string, not '" + a[1].type().getName() + "'");
            Attr.delAttr(a[0], n.value);
            return NONE;
        });
        m.def("hasattr", (a, k) -> {
            Args.count("hasattr", a, k, 2, 2);
            if (!(a[1] instanceof PyStr n)) throw Errors.typeError("attribute name must be string, not '" + a[1].type().getName() + "'");
            return PyBool.of(Attr.getAttrOrNull(a[0], n.value) != null);
        });
        m.def("dir", (a, k) -> {
            Args.count("dir", a, k, 0, 1);
            if (a.length == 0) {
                PyObject l = locals();
                TreeSet<String> names = new TreeSet<>();
                for (PyObject key : Iter.toArray(l)) names.add(Abstract.strString(key));
                return BuiltinsModule.strList(names);
            }
            PyObject f = a[0].type().lookup("__dir__");
            PyObject r = Calls.callDescr(f, a[0]);
            PyList l = new PyList(Iter.toArrayCopy(r));
            regpy.types.ListType.sort(l, null, false);
            return l;
        });
        m.def("divmod", (a, k) -> {
            Args.count("divmod", a, k, 2, 2);
            PyObject r = binaryDunder(a[0], a[1], "__divmod__", "__rdivmod__");
            if (r == PySingleton.NOT_IMPLEMENTED)
                throw Errors.typeError("unsupported operand type(s) for divmod(): '" + a[0].type().getName() + "' and '" + a[1].type().getName() + "'");
            return r;
        });
        m.def("format", (a, k) -> {
            Args.count("format", a, k, 1, 2);
            return Abstract.format(a[0], a.length > 1 ? a[1] : PyStr.EMPTY);
        });
        m.def("globals", (a, k) -> { PyFrame f = ThreadState.current().frame; return f == null ? new PyDict() : f.globals; });
        m.def("locals", (a, k) -> locals());
        m.def("vars", (a, k) -> {
            Args.count("vars", a, k, 0, 1);
            if (a.length == 0) return locals();
            PyObject d = Attr.getAttrOrNull(a[0], "__dict__");
            if (d == null) throw Errors.typeError("vars() argument must have __dict__ attribute");
            return d;
        });
        m.def("hash", (a, k) -> { Args.count("hash", a, k, 1, 1); return PyInt.of(Abstract.hash(a[0])); });
        m.def("id", (a, k) -> { Args.count("id", a, k, 1, 1); return PyInt.of(Identity.id(a[0])); });
        m.def("input", (a, k) -> {
            Args.count("input", a, k, 0, 1);
            if (a.length > 0) {
                Calls.callMethod(SysModule.stdout(), "write", Abstract.str(a[0]));
                Calls.callMethod(SysModule.stdout(), "flush");
            }
            PyObject line = Calls.callMethod(SysModule.stdin(), "readline");
            String s = Abstract.strString(line);
            if (s.isEmpty()) throw Errors.of(Types.EOF_ERROR, "EOF when reading a line");
            return PyStr.of(s.endsWith("\n") ? s.substring(0, s.length() - 1) : s);
        });
        m.def("isinstance", (a, k) -> { Args.count("isinstance", a, k, 2, 2); return PyBool.of(Abstract.isInstance(a[0], a[1])); });
        m.def("issubclass", (a, k) -> { Args.count("issubclass", a, k, 2, 2); return PyBool.of(Abstract.isSubclass(a[0], a[1])); });
        m.def("iter", (a, k) -> {
            Args.count("iter", a, k, 1, 2);
            if (a.length == 2) {
                if (!Abstract.isTrue(m.dict.getStr("callable").call(new PyObject[] {a[0]}, null)))
                    throw Errors.typeError("iter(v, w): v must be callable");
                return new PyIterator(PyIterator.Kind.CALLABLE, a[0], a[1]);
            }
            return Iter.getIter(a[0]);
        });
        m.def("next", (a, k) -> {
            Args.count("next", a, k, 1, 2);
            PyObject it = a[0];
            PyObject f = it.type().lookup("__next__");
            if (f == null) throw Errors.typeError("'" + it.type().getName() + "' object is not an iterator");
            if (it instanceof PyIterator pi) {
                PyObject v = pi.next();
                if (v != null) return v;
                if (a.length > 1) return a[1];
                throw Errors.stopIteration();
            }
            try {
                return Calls.callDescr(f, it);
            } catch (PyException e) {
                if (a.length > 1 && e.exc.type().isSubtype(Types.STOP_ITERATION)) return a[1];
                throw e;
            }
        });
        m.def("max", (a, k) -> minMax(a, k, "max", Abstract.GT));
        m.def("min", (a, k) -> minMax(a, k, "min", Abstract.LT));
        m.def("sum", BuiltinFunctions::sum);
        m.def("sorted", (a, k) -> {
            int nk = k == null ? 0 : k.length;
            if (a.length - nk != 1) throw Errors.typeError("sorted expected 1 argument, got " + (a.length - nk));
            PyList l = new PyList(Iter.toArrayCopy(a[0]));
            PyObject key = null, rev = null;
            for (int i = 0; i < nk; i++) {
                if (k[i].equals("key")) key = a[1 + i];
                else if (k[i].equals("reverse")) rev = a[1 + i];
                else throw Errors.typeError("sort() got an unexpected keyword argument '" + k[i] + "'");
            }
            regpy.types.ListType.sort(l, key, rev != null && Abstract.isTrue(rev));
            return l;
        });
        m.def("pow", (a, k) -> {
            PyObject[] p = Args.parse("pow", a, k, 2, "base", "exp", "mod");
            return Abstract.ternaryPow(p[0], p[1], p[2] == null ? NONE : p[2]);
        });
        m.def("round", (a, k) -> {
            PyObject[] p = Args.parse("round", a, k, 1, "number", "ndigits");
            PyObject f = p[0].type().lookup("__round__");
            if (f == null) throw Errors.typeError("type " + p[0].type().getName() + " doesn't define __round__ method");
            return p[1] == null || p[1] == NONE ? Calls.callDescr(f, p[0]) : Calls.callDescr(f, p[0], p[1]);
        });
        m.def("exec", (a, k) -> { Eval.exec(a, k, true); return NONE; });
        m.def("eval", (a, k) -> Eval.exec(a, k, false));
        m.def("compile", Eval::compile);
        m.def("aiter", (a, k) -> Generators.getAIter(a[0]));
        m.def("anext", (a, k) -> {
            PyObject f = a[0].type().lookup("__anext__");
            if (f == null) throw Errors.typeError("'" + a[0].type().getName() + "' object is not an async iterator");
            return Calls.callDescr(f, a[0]);
        });
        m.def("breakpoint", (a, k) -> NONE);
    }

    static PyObject locals() {
        PyFrame f = ThreadState.current().frame;
        return f == null ? new PyDict() : BuiltinsModule.frameLocals(f);
    }

    static PyObject binaryDunder(PyObject a, PyObject b, String op, String rop) {
        PyObject f = a.type().lookup(op);
        if (f != null) {
            PyObject r = Calls.callDescr(f, a, b);
            if (r != PySingleton.NOT_IMPLEMENTED) return r;
        }
        if (a.type() != b.type()) {
            PyObject g = b.type().lookup(rop);
            if (g != null) return Calls.callDescr(g, b, a);
        }
        return PySingleton.NOT_IMPLEMENTED;
    }

    static String radix(PyInt i, int base, String prefix) {
        java.math.BigInteger v = i.toBig();
        String digits = v.abs().toString(base);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    static PyObject print(PyObject[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        int np = a.length - nk;
        PyObject sep = null, end = null, file = null, flush = null;
        for (int i = 0; i < nk; i++) {
            PyObject v = a[np + i];
            switch (k[i]) {
                case "sep" -> sep = v;
                case "end" -> end = v;
                case "file" -> file = v;
                case "flush" -> flush = v;
                default -> throw Errors.typeError("print() got an unexpected keyword argument '" + k[i] + "'");
            }
        }
        String sepS = " ", endS = "\n";
        if (sep != null && sep != NONE) {
            if (!(sep instanceof PyStr s)) throw Errors.typeError("sep must be None or a string, not " + sep.type().getName());
            sepS = s.value;
        }
        if (end != null && end != NONE) {
            if (!(end instanceof PyStr s)) throw Errors.typeError("end must be None or a string, not " + end.type().getName());
            endS = s.value;
        }
        if (file == null || file == NONE) file = SysModule.stdout();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < np; i++) {
            if (i > 0) sb.append(sepS);
            sb.append(Abstract.str(a[i]).value);
        }
        sb.append(endS);
        if (file instanceof PyFile pf && pf.type() == PyFile.TEXT_IO) pf.write(sb.toString());
        else Calls.callMethod(file, "write", PyStr.of(sb.toString()));
        if (flush != null && Abstract.isTrue(flush)) Calls.callMethod(file, "flush");
        return NONE;
    }

    static PyObject minMax(PyObject[] a, String[] k, String name, int op) {
        int nk = k == null ? 0 : k.length;
        int np = a.length - nk;
        PyObject key = null, dflt = null;
        for (int i = 0; i < nk; i++) {
            if (k[i].equals("key")) key = a[np + i];
            else if (k[i].equals("default")) dflt = a[np + i];
            else throw Errors.typeError(name + "() got an unexpected keyword argument '" + k[i] + "'");
        }
        if (np == 0) throw Errors.typeError(name + " expected at least 1 argument, got 0");
        PyObject[] items;
        if (np == 1) items = Iter.toArray(a[0]);
        else {
            if (dflt != null) throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            items = java.util.Arrays.copyOf(a, np);
        }
        if (items.length == 0) {
            if (dflt != null) return dflt;
            throw Errors.valueError(name + "() iterable argument is empty");
        }
        if (key == NONE) key = null;
        PyObject best = items[0];
        PyObject bestKey = key == null ? best : Calls.call(key, best);
        for (int i = 1; i < items.length; i++) {
            PyObject kv = key == null ? items[i] : Calls.call(key, items[i]);
            if (Abstract.isTrue(Abstract.richCompare(kv, bestKey, op))) { best = items[i]; bestKey = kv; }
        }
        return best;
    }

    static PyObject sum(PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("sum", a, k, 1, 2, "iterable", "start");
        PyObject acc = p[1] == null ? PyInt.ZERO : p[1];
        if (acc instanceof PyStr) throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (acc instanceof PyBytes b && !b.isMutable()) throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (acc instanceof PyBytes) throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        PyObject it = Iter.getIter(p[0]);
        // int fast path
        if (acc.getClass() == PyInt.class) {
            long s = ((PyInt) acc).value;
            boolean small = ((PyInt) acc).big == null;
            PyObject x;
            while (small && (x = Iter.next(it)) != null) {
                if (x.getClass() == PyInt.class && ((PyInt) x).big == null) {
                    long v = ((PyInt) x).value, r = s + v;
                    if (((s ^ r) & (v ^ r)) < 0) { acc = Abstract.binaryOp(PyInt.of(s), x, Abstract.ADD); return sumGeneric(acc, it); }
                    s = r;
                } else if (x.getClass() == PyFloat.class) {
                    return sumFloat((double) s, ((PyFloat) x).value, it);
                } else {
                    return sumGeneric(Abstract.binaryOp(PyInt.of(s), x, Abstract.ADD), it);
                }
            }
            if (small) return PyInt.of(s);
        }
        if (acc.getClass() == PyFloat.class) return sumFloat(((PyFloat) acc).value, 0.0, it);
        return sumGeneric(acc, it);
    }

    /** Float summation with Neumaier compensation, as CPython 3.12+ does. */
    static PyObject sumFloat(double start, double first, PyObject it) {
        double s = start, c = 0.0;
        double[] st = {s, c};
        add(st, first);
        PyObject x;
        while ((x = Iter.next(it)) != null) {
            if (x.getClass() == PyFloat.class) add(st, ((PyFloat) x).value);
            else if (x.getClass() == PyInt.class || x.getClass() == PyBool.class) add(st, Numbers.toDouble(x));
            else {
                double r = st[1] != 0 && Double.isFinite(st[1]) ? st[0] + st[1] : st[0];
                return sumGeneric(Abstract.binaryOp(PyFloat.of(r), x, Abstract.ADD), it);
            }
        }
        double r = st[1] != 0 && Double.isFinite(st[1]) ? st[0] + st[1] : st[0];
        return PyFloat.of(r);
    }

    private static void add(double[] st, double x) {
        double s = st[0];
        double t = s + x;
        if (Math.abs(s) >= Math.abs(x)) st[1] += (s - t) + x;
        else st[1] += (x - t) + s;
        st[0] = t;
    }

    static PyObject sumGeneric(PyObject acc, PyObject it) {
        for (PyObject x; (x = Iter.next(it)) != null; ) acc = Abstract.binaryOp(acc, x, Abstract.ADD);
        return acc;
    }
}
