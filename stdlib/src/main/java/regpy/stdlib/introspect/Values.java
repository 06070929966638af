package regpy.stdlib.introspect;

import java.util.ArrayList;
import java.util.AbstractMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import regpy.code.CodeObject;
import regpy.code.Const;
import regpy.code.ConstStr;
import regpy.code.Marshal;
import regpy.objects.*;
import regpy.runtime.Consts;
import regpy.runtime.Errors;

/**
 * Python objects to the translator's plain Java values ({@link Const}'s representation, plus
 * marshal's list/dict/set records) and back. The VM's {@link Consts#toPython} covers constants;
 * this adds the containers marshal carries and the reverse direction, used by marshal.dumps,
 * code.replace(co_consts=...) and compile() of an AST whose Constant nodes hold Python values.
 */
final class Values {
    private Values() {}

    /** Why a value cannot be converted: the caller words the Python error. */
    static final class Unsupported extends RuntimeException {
        final PyObject value;
        Unsupported(PyObject value) { super(null, null, false, false); this.value = value; }
    }

    /** A constant (what a code object or an AST Constant may hold); containers only tuple and frozenset. */
    static Object toConst(PyObject o) { return toJava(o, false, new IdentityHashMap<>()); }

    /** Anything marshal can write (lists, dicts and sets too). */
    static Object toMarshal(PyObject o) { return toJava(o, true, new IdentityHashMap<>()); }

    private static Object toJava(PyObject o, boolean containers, IdentityHashMap<PyObject, Boolean> active) {
        if (o == PySingleton.NONE) return Const.NONE;
        if (o == PySingleton.ELLIPSIS) return Const.ELLIPSIS;
        if (o instanceof PyBool b) return b == PyBool.TRUE;
        if (o instanceof PyInt i) return i.big != null ? Const.integer(i.big) : (Object) i.value;
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyComplex c) return new Const.Complex(c.real, c.imag);
        if (o instanceof PyStr s) return s.isSplit() ? ConstStr.of(s.codePoints()) : s.value;
        if (o instanceof PyBytes b && (!b.isMutable() || containers)) return new Const.Bytes(b.bytes());
        if (o instanceof PyCode c) return c.code;
        if (o == Types.STOP_ITERATION && containers) return Marshal.STOP_ITERATION;
        if (active.put(o, Boolean.TRUE) != null) throw new Unsupported(o);   // a cycle
        try {
            if (o instanceof PyTuple t) {
                List<Object> items = new ArrayList<>();
                for (PyObject x : t.items) items.add(toJava(x, containers, active));
                return new Const.Tuple(items);
            }
            if (o instanceof PySet s) {
                List<Object> items = new ArrayList<>();
                for (PyObject x : s.toArray()) items.add(toJava(x, containers, active));
                if (s.isFrozen()) return new Const.FrozenSet(items);
                if (containers) return new Marshal.PySet(items);
            }
            if (containers && o instanceof PyList l) {
                List<Object> items = new ArrayList<>();
                for (PyObject x : l.toArray()) items.add(toJava(x, true, active));
                return new Marshal.PyList(items);
            }
            if (containers && o instanceof PyDict d) {
                List<Map.Entry<Object, Object>> items = new ArrayList<>();
                PyObject[] kv = d.itemsArray();
                for (int i = 0; i + 1 < kv.length; i += 2)
                    items.add(new AbstractMap.SimpleEntry<>(toJava(kv[i], true, active), toJava(kv[i + 1], true, active)));
                return new Marshal.PyDict(items);
            }
        } finally {
            active.remove(o);
        }
        throw new Unsupported(o);
    }

    /** The reverse of {@link #toMarshal}: constants through the VM, containers here. */
    static PyObject toPython(Object v) {
        if (v instanceof Marshal.PyList l) {
            PyObject[] items = new PyObject[l.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = toPython(l.items().get(i));
            return new PyList(items);
        }
        if (v instanceof Marshal.PySet s) {
            PySet out = new PySet(false);
            for (Object x : s.items()) out.add(toPython(x));
            return out;
        }
        if (v instanceof Marshal.PyDict d) {
            PyDict out = new PyDict();
            for (Map.Entry<Object, Object> e : d.items()) out.put(toPython(e.getKey()), toPython(e.getValue()));
            return out;
        }
        if (v instanceof Const.Tuple t) {
            PyObject[] items = new PyObject[t.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = toPython(t.items().get(i));
            return PyTuple.of(items);
        }
        if (v instanceof Const.FrozenSet f) {
            PySet out = new PySet(true);
            for (Object x : f.items()) out.add(toPython(x));
            return out;
        }
        return Consts.toPython(v);
    }

    static int toInt(PyObject o, String what) {
        if (o instanceof PyInt i && i.fitsInt()) return (int) i.value;
        throw Errors.typeError(what + " must be an int, not " + o.type().getName());
    }

}
