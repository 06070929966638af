package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;
import regpy.text.*;

/** str % args and str.format, bridging regpy.text to the object model. */
public final class Formatting {
    private Formatting() {}

    static final PercentFormat.Conversions CONV = new PercentFormat.Conversions() {
        public String str(Object o) { return Abstract.str((PyObject) o).value; }
        public String repr(Object o) { return Abstract.repr((PyObject) o).value; }
        public String ascii(Object o) { return Builtins.ascii((PyObject) o).value; }
        public String typeName(Object o) { return ((PyObject) o).type().getName(); }
        public Number exactInt(Object o) { return o instanceof PyInt i ? (i.big != null ? i.big : (Number) i.value) : null; }
        public Number toInt(Object o, boolean index) {
            PyObject p = (PyObject) o;
            if (p instanceof PyInt i) return i.big != null ? i.big : (Number) i.value;
            if (index) {
                if (p.type().lookup("__index__") == null) return null;
                PyInt i = Abstract.index(p);
                return i.big != null ? i.big : (Number) i.value;
            }
            if (p instanceof PyFloat || p.type().lookup("__int__") != null) {
                PyInt i = IntType.convert(p, null);
                return i.big != null ? i.big : (Number) i.value;
            }
            return null;
        }
        public Double toFloat(Object o) {
            PyObject p = (PyObject) o;
            if (p instanceof PyFloat || p instanceof PyInt || p.type().lookup("__float__") != null || p.type().lookup("__index__") != null)
                return FloatType.convert(p);
            return null;
        }
        public String exactStr(Object o) { return o instanceof PyStr s ? s.value : null; }
        public byte[] toBytes(Object o) { return o instanceof PyBytes b ? b.bytes() : null; }
    };

    static PercentFormat.Args args(PyObject o) {
        return new PercentFormat.Args() {
            public int size() { return o.getClass() == PyTuple.class || o instanceof PyTuple ? ((PyTuple) o).size() : -1; }
            public Object get(int i) { return o instanceof PyTuple t ? t.items[i] : o; }
            public boolean isMapping() {
                return !(o instanceof PyTuple) && !(o instanceof PyStr) && !(o instanceof PyBytes) && o.type().lookup("__getitem__") != null;
            }
            public Object getItem(String key) { return Abstract.getItem(o, PyStr.of(key)); }
            public Object getItem(byte[] key) { return Abstract.getItem(o, new PyBytes(key)); }
        };
    }

    public static String percent(String fmt, PyObject o) {
        try {
            return PercentFormat.format(fmt, args(o), CONV);
        } catch (TextError e) {
            throw Errors.of(Types.exceptions().get(e.pyType()), e.getMessage());
        }
    }

    public static byte[] percent(byte[] fmt, PyObject o) {
        try {
            return PercentFormat.format(fmt, args(o), CONV);
        } catch (TextError e) {
            throw Errors.of(Types.exceptions().get(e.pyType()), e.getMessage());
        }
    }

    /** str.format(*args, **kwargs), or format_map(mapping) when mapping is non-null. */
    public static String format(String fmt, PyObject[] a, String[] kw, PyObject mapping) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        FormatString.Fields fields = new FormatString.Fields() {
            public Object positional(long index) {
                if (mapping != null) throw FormatString.positionalInFormatMap();
                if (index >= npos) throw FormatString.indexOutOfRange(index);
                return a[(int) index];
            }
            public Object keyword(String name) {
                if (mapping != null) return Abstract.getItem(mapping, PyStr.of(name));
                for (int i = 0; i < nkw; i++) if (kw[i].equals(name)) return a[npos + i];
                throw Errors.keyError(PyStr.of(name));
            }
            public Object attribute(Object obj, String name) { return Attr.getAttr((PyObject) obj, name); }
            public Object item(Object obj, Object key) {
                return Abstract.getItem((PyObject) obj, key instanceof Long l ? PyInt.of(l) : PyStr.of((String) key));
            }
            public Object convert(Object obj, int conversion) {
                return switch (conversion) {
                    case 'r' -> Abstract.repr((PyObject) obj);
                    case 's' -> Abstract.str((PyObject) obj);
                    default -> Builtins.ascii((PyObject) obj);
                };
            }
            public String format(Object obj, String spec) { return ((PyStr) Abstract.format((PyObject) obj, PyStr.of(spec))).value; }
        };
        try {
            return FormatString.format(fmt, fields);
        } catch (TextError e) {
            throw Errors.of(Types.exceptions().get(e.pyType()), e.getMessage());
        }
    }
}
