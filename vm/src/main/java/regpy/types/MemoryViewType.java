package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;

/** memoryview (basic): a byte view over bytes or bytearray with format 'B'. */
public final class MemoryViewType {
    private MemoryViewType() {}

    public static final PyType TYPE = Types.builtin("memoryview", Types.OBJECT, null, MemoryViewType::init);

    static final class View extends PyObject {
        final PyBytes base;
        final int start, length;
        boolean released;
        View(PyBytes base, int start, int length) { this.base = base; this.start = start; this.length = length; }
        @Override public PyType type() { return TYPE; }
        byte[] bytes() {
            if (released) throw Errors.valueError("operation forbidden on released memoryview object");
            byte[] all = base.bytes();
            return java.util.Arrays.copyOfRange(all, start, start + length);
        }
    }

    static View v(PyObject o) { return (View) o; }

    static void init(PyType t) {
        t.staticMethod("__new__", (a, k) -> {
            PyObject[] p = Args.parse("memoryview", java.util.Arrays.copyOfRange(a, 1, a.length), k, 1, "object");
            if (p[0] instanceof View mv) return new View(mv.base, mv.start, mv.length);
            if (!(p[0] instanceof PyBytes b)) throw Errors.typeError("memoryview: a bytes-like object is required, not '" + p[0].type().getName() + "'");
            return new View(b, 0, b.size());
        });
        t.m0("tobytes", self -> new PyBytes(v(self).bytes()));
        t.m0("tolist", self -> {
            byte[] b = v(self).bytes();
            PyObject[] out = new PyObject[b.length];
            for (int i = 0; i < b.length; i++) out[i] = PyInt.of(b[i] & 0xff);
            return new PyList(out);
        });
        t.m0("hex", self -> {
            StringBuilder sb = new StringBuilder();
            for (byte x : v(self).bytes()) sb.append(String.format("%02x", x & 0xff));
            return PyStr.of(sb.toString());
        });
        t.m0("__len__", self -> PyInt.of(v(self).length));
        t.m1("__getitem__", (self, key) -> {
            View m = v(self);
            if (key instanceof PySlice s) {
                long[] r = Slices.indices(s, m.length);
                if (r[2] != 1) throw Errors.notImplemented("memoryview: extended slicing");
                return new View(m.base, m.start + (int) r[0], (int) r[3]);
            }
            int i = Seqs.index(key, m.length, "memoryview");
            return PyInt.of(m.bytes()[i] & 0xff);
        });
        t.m2("__setitem__", (self, key, val) -> {
            View m = v(self);
            if (!m.base.isMutable()) throw Errors.typeError("cannot modify read-only memory");
            int i = Seqs.index(key, m.length, "memoryview");
            m.base.set(m.start + i, (int) Abstract.indexLong(val));
            return PySingleton.NONE;
        });
        t.m0("release", self -> { v(self).released = true; return PySingleton.NONE; });
        t.m0("__enter__", self -> self);
        t.mv("__exit__", (self, a, k) -> { v(self).released = true; return PySingleton.NONE; });
        t.getset("readonly", self -> PyBool.of(!v(self).base.isMutable()), null);
        t.getset("nbytes", self -> PyInt.of(v(self).length), null);
        t.getset("itemsize", self -> PyInt.ONE, null);
        t.getset("ndim", self -> PyInt.ONE, null);
        t.getset("format", self -> PyStr.of("B"), null);
        t.getset("obj", self -> v(self).base, null);
        t.getset("shape", self -> PyTuple.of(PyInt.of(v(self).length)), null);
        t.m1("__eq__", (self, o) -> {
            byte[] a = v(self).bytes();
            byte[] b = o instanceof View w ? w.bytes() : o instanceof PyBytes pb ? pb.bytes() : null;
            return b == null ? PySingleton.NOT_IMPLEMENTED : PyBool.of(java.util.Arrays.equals(a, b));
        });
        t.m0("__repr__", self -> PyStr.of("<memory at " + ObjectType.addr(self) + ">"));
    }
}
