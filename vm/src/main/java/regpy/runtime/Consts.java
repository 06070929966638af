package regpy.runtime;

import java.math.BigInteger;

import regpy.code.CodeObject;
import regpy.code.Const;
import regpy.code.Marshal;
import regpy.objects.*;

/** Converts the translator's constant values ({@link Const}) into Python objects. */
public final class Consts {
    private Consts() {}

    public static PyObject toPython(Object c) {
        if (c instanceof String s) return PyStr.of(s);
        if (c instanceof Const.Str s) return PyStr.ofCodePoints(s.codePoints());
        if (c instanceof Long l) return PyInt.of(l);
        if (c instanceof Integer i) return PyInt.of(i);
        if (c instanceof BigInteger b) return PyInt.of(b);
        if (c instanceof Double d) return PyFloat.of(d);
        if (c instanceof Boolean b) return PyBool.of(b);
        if (c == Const.NONE || c == null) return PySingleton.NONE;
        if (c == Const.ELLIPSIS) return PySingleton.ELLIPSIS;
        if (c instanceof Const.Complex x) return new PyComplex(x.real(), x.imag());
        if (c instanceof Const.Bytes b) return new PyBytes(b.data());
        if (c instanceof Const.Tuple t) {
            PyObject[] items = new PyObject[t.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = toPython(t.items().get(i));
            return PyTuple.of(items);
        }
        if (c instanceof Const.FrozenSet f) {
            PySet s = new PySet(true);
            for (Object o : f.items()) s.add(toPython(o));
            return s;
        }
        if (c instanceof CodeObject co) return new PyCode(co);
        if (c instanceof Marshal.StopIterationType) return Types.STOP_ITERATION;
        throw new IllegalArgumentException("unknown constant " + c);
    }
}
