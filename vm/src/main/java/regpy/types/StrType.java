package regpy.types;

import java.util.ArrayList;
import java.util.List;

import regpy.objects.*;
import regpy.runtime.*;
import regpy.text.*;

/** str: the methods delegate to regpy.text (code-point-aware string algorithms). */
public final class StrType {
    private StrType() {}

    static String s(PyObject o) { return ((PyStr) o).value; }

    static String arg(String fname, PyObject o) {
        if (o instanceof PyStr ps) return ps.value;
        throw Errors.typeError(fname + " arg must be None or str");
    }

    static String strArg(String what, PyObject o) {
        if (o instanceof PyStr ps) return ps.value;
        throw Errors.typeError(what + ", not " + o.type().getName());
    }

    static PyObject text(java.util.function.Supplier<Object> f) {
        try {
            Object r = f.get();
            if (r instanceof String str) return PyStr.of(str);
            if (r instanceof Long l) return PyInt.of(l);
            if (r instanceof Boolean b) return PyBool.of(b);
            throw new IllegalStateException();
        } catch (TextError e) {
            throw Errors.of(Types.exceptions().get(e.pyType()), e.getMessage());
        }
    }

    static long idx(PyObject o, long dflt) { return o == null || o == PySingleton.NONE ? dflt : Abstract.indexLong(o); }

    static PyList strList(List<String> l) {
        PyObject[] a = new PyObject[l.size()];
        for (int i = 0; i < a.length; i++) a[i] = PyStr.of(l.get(i));
        return new PyList(a);
    }

    public static void init(PyType t) {
        t.staticMethod("__new__", StrType::strNew);
        t.m0("__repr__", self -> PyStr.of(repr((PyStr) self)));
        t.m0("__str__", self -> self.getClass() == PyStr.class || self.getClass() == PyStr.Split.class ? self : ((PyStr) self).sameForm(s(self)));
        t.m0("__hash__", self -> PyInt.of(((PyStr) self).hash()));
        t.m0("__len__", self -> PyInt.of(((PyStr) self).length()));
        t.m1("__getitem__", StrType::getItem);
        t.m1("__add__", (self, o) -> o instanceof PyStr ps ? PyStr.concat((PyStr) self, ps) : PySingleton.NOT_IMPLEMENTED);
        t.m1("__mul__", StrType::repeat);
        t.m1("__rmul__", StrType::repeat);
        t.m1("__mod__", (self, o) -> PyStr.of(Formatting.percent(s(self), o)));
        t.m1("__rmod__", (self, o) -> PySingleton.NOT_IMPLEMENTED);
        t.m1("__contains__", (self, o) -> PyBool.of(s(self).contains(strArg("'in <string>' requires string as left operand", o))));
        // a split str is iterated by index: the str iterator reads value's surrogate pairs as one code point
        t.m0("__iter__", self -> new PyIterator(((PyStr) self).isSplit() ? PyIterator.Kind.SEQ : PyIterator.Kind.STR, self));
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < 6; i++) {
            final int op = i;
            t.m1(cmp[i], (self, o) -> o instanceof PyStr ps ? compare((PyStr) self, ps, op) : PySingleton.NOT_IMPLEMENTED);
        }
        t.m1("__format__", (self, spec) -> text(() -> FormatSpec.formatStr(s(self), strArg("format spec must be str", spec), self.type().getName())));
        t.mv("format", (self, a, k) -> PyStr.of(Formatting.format(s(self), a, k, null)));
        t.m1("format_map", (self, m) -> PyStr.of(Formatting.format(s(self), new PyObject[0], null, m)));
        t.mv("join", (self, a, k) -> {
            Args.count("str.join", a, k, 1, 1);
            PyObject[] items = Iter.toArray(a[0]);
            List<String> parts = new ArrayList<>(items.length);
            PyStr sep = (PyStr) self;
            boolean surrogates = sep.hasEdgeSurrogate();
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyStr ps))
                    throw Errors.typeError("sequence item " + i + ": expected str instance, " + items[i].type().getName() + " found");
                parts.add(ps.value);
                surrogates |= ps.hasEdgeSurrogate();
            }
            String joined = String.join(sep.value, parts);
            if (!surrogates) return PyStr.of(joined);
            // lone surrogates may meet at a seam, or a part is split: exact when every part is BMP-indexed
            boolean bmp = sep.isBmp();
            for (PyObject item : items) bmp &= ((PyStr) item).isBmp();
            return bmp ? PyStr.ofChars(joined) : PyStr.of(joined);
        });
        t.mv("split", (self, a, k) -> {
            PyObject[] p = Args.parse("split", a, k, 0, "sep", "maxsplit");
            String sep = p[0] == null || p[0] == PySingleton.NONE ? null : arg("must be str or None", p[0]);
            if (sep != null && sep.isEmpty()) throw Errors.valueError("empty separator");
            return strList(StrMethods.split(s(self), sep, idx(p[1], -1)));
        });
        t.mv("rsplit", (self, a, k) -> {
            PyObject[] p = Args.parse("rsplit", a, k, 0, "sep", "maxsplit");
            String sep = p[0] == null || p[0] == PySingleton.NONE ? null : arg("must be str or None", p[0]);
            if (sep != null && sep.isEmpty()) throw Errors.valueError("empty separator");
            return strList(StrMethods.rsplit(s(self), sep, idx(p[1], -1)));
        });
        t.mv("splitlines", (self, a, k) -> {
            PyObject[] p = Args.parse("splitlines", a, k, 0, "keepends");
            return strList(StrMethods.splitlines(s(self), p[0] != null && Abstract.isTrue(p[0])));
        });
        for (String n : new String[] {"strip", "lstrip", "rstrip"}) {
            t.mv(n, (self, a, k) -> {
                Args.count("str." + n, a, k, 0, 1);
                String chars = a.length == 0 || a[0] == PySingleton.NONE ? null : strArg(n + " arg must be None or str", a[0]);
                String r = n.equals("strip") ? StrMethods.strip(s(self), chars) : n.equals("lstrip") ? StrMethods.lstrip(s(self), chars) : StrMethods.rstrip(s(self), chars);
                return PyStr.of(r);
            });
        }
        t.mv("replace", (self, a, k) -> {
            PyObject[] p = Args.parse("replace", a, k, 2, "old", "new", "count");
            return PyStr.of(StrMethods.replace(s(self), strArg("replace() argument 1 must be str", p[0]), strArg("replace() argument 2 must be str", p[1]), idx(p[2], -1)));
        });
        for (String n : new String[] {"find", "rfind", "index", "rindex", "count"}) {
            t.mv(n, (self, a, k) -> {
                Args.count(n, a, k, 1, 3);
                String sub = strArg("must be str", a[0]);
                long st = a.length > 1 ? idx(a[1], 0) : 0, en = a.length > 2 ? idx(a[2], StrMethods.END) : StrMethods.END;
                return text(() -> switch (n) {
                    case "find" -> StrMethods.find(s(self), sub, st, en);
                    case "rfind" -> StrMethods.rfind(s(self), sub, st, en);
                    case "index" -> StrMethods.index(s(self), sub, st, en);
                    case "rindex" -> StrMethods.rindex(s(self), sub, st, en);
                    default -> StrMethods.count(s(self), sub, st, en);
                });
            });
        }
        for (String n : new String[] {"startswith", "endswith"}) {
            t.mv(n, (self, a, k) -> {
                Args.count(n, a, k, 1, 3);
                long st = a.length > 1 ? idx(a[1], 0) : 0, en = a.length > 2 ? idx(a[2], StrMethods.END) : StrMethods.END;
                PyObject[] opts = a[0] instanceof PyTuple tp ? tp.items : new PyObject[] {a[0]};
                for (PyObject o : opts) {
                    if (!(o instanceof PyStr ps)) throw Errors.typeError(n + " first arg must be str or a tuple of str, not " + o.type().getName());
                    boolean r = n.equals("startswith") ? StrMethods.startsWith(s(self), ps.value, st, en) : StrMethods.endsWith(s(self), ps.value, st, en);
                    if (r) return PyBool.TRUE;
                }
                return PyBool.FALSE;
            });
        }
        t.m0("upper", self -> PyStr.of(CaseMapping.upper(s(self))));
        t.m0("lower", self -> PyStr.of(CaseMapping.lower(s(self))));
        t.m0("title", self -> PyStr.of(CaseMapping.title(s(self))));
        t.m0("capitalize", self -> PyStr.of(CaseMapping.capitalize(s(self))));
        t.m0("swapcase", self -> PyStr.of(CaseMapping.swapcase(s(self))));
        t.m0("casefold", self -> PyStr.of(CaseMapping.casefold(s(self))));
        t.m0("isalpha", self -> PyBool.of(CaseMapping.isalpha(s(self))));
        t.m0("isalnum", self -> PyBool.of(CaseMapping.isalnum(s(self))));
        t.m0("isdecimal", self -> PyBool.of(CaseMapping.isdecimal(s(self))));
        t.m0("isdigit", self -> PyBool.of(CaseMapping.isdigit(s(self))));
        t.m0("isnumeric", self -> PyBool.of(CaseMapping.isnumeric(s(self))));
        t.m0("isspace", self -> PyBool.of(CaseMapping.isspace(s(self))));
        t.m0("isprintable", self -> PyBool.of(CaseMapping.isprintable(s(self))));
        t.m0("isascii", self -> PyBool.of(CaseMapping.isascii(s(self))));
        t.m0("isidentifier", self -> PyBool.of(CaseMapping.isidentifier(s(self))));
        t.m0("islower", self -> PyBool.of(CaseMapping.islower(s(self))));
        t.m0("isupper", self -> PyBool.of(CaseMapping.isupper(s(self))));
        t.m0("istitle", self -> PyBool.of(CaseMapping.istitle(s(self))));
        for (String n : new String[] {"center", "ljust", "rjust"}) {
            t.mv(n, (self, a, k) -> {
                Args.count(n, a, k, 1, 2);
                long w = Abstract.indexLong(a[0]);
                int fill = ' ';
                if (a.length > 1) {
                    String fs = strArg("The fill character must be a unicode character", a[1]);
                    if (fs.codePointCount(0, fs.length()) != 1) throw Errors.typeError("The fill character must be exactly one character long");
                    fill = fs.codePointAt(0);
                }
                return PyStr.of(n.equals("center") ? StrMethods.center(s(self), w, fill) : n.equals("ljust") ? StrMethods.ljust(s(self), w, fill) : StrMethods.rjust(s(self), w, fill));
            });
        }
        t.m1("zfill", (self, w) -> PyStr.of(StrMethods.zfill(s(self), Abstract.indexLong(w))));
        t.mv("expandtabs", (self, a, k) -> {
            PyObject[] p = Args.parse("expandtabs", a, k, 0, "tabsize");
            return PyStr.of(StrMethods.expandtabs(s(self), idx(p[0], 8)));
        });
        t.m1("partition", (self, sep) -> {
            String sp = strArg("must be str", sep);
            if (sp.isEmpty()) throw Errors.valueError("empty separator");
            String[] r = StrMethods.partition(s(self), sp);
            return PyTuple.of(PyStr.of(r[0]), PyStr.of(r[1]), PyStr.of(r[2]));
        });
        t.m1("rpartition", (self, sep) -> {
            String sp = strArg("must be str", sep);
            if (sp.isEmpty()) throw Errors.valueError("empty separator");
            String[] r = StrMethods.rpartition(s(self), sp);
            return PyTuple.of(PyStr.of(r[0]), PyStr.of(r[1]), PyStr.of(r[2]));
        });
        t.m1("removeprefix", (self, p) -> PyStr.of(StrMethods.removeprefix(s(self), strArg("removeprefix() argument must be str", p))));
        t.m1("removesuffix", (self, p) -> PyStr.of(StrMethods.removesuffix(s(self), strArg("removesuffix() argument must be str", p))));
        t.mv("encode", (self, a, k) -> {
            PyObject[] p = Args.parse("encode", a, k, 0, "encoding", "errors");
            String encoding = p[0] == null ? "utf-8" : s(p[0]), errors = p[1] == null ? "strict" : s(p[1]);
            PyStr str = (PyStr) self;
            if (str.isSplit() && Codecs.canonical(encoding) != null) {
                try {
                    return new PyBytes(Codecs.encodeCodePoints(str.codePoints(), encoding, errors));
                } catch (TextError e) {
                    throw Errors.of(Types.exceptions().get(e.pyType()), e.getMessage());
                }
            }
            return new PyBytes(BytesType.encode(s(self), encoding, errors));
        });
        t.m1("translate", (self, table) -> PyStr.of(StrMethods.translate(s(self), cp -> {
            try {
                PyObject r = Abstract.getItem(table, PyInt.of(cp));
                if (r == PySingleton.NONE) return null;
                if (r instanceof PyInt ri) return new String(Character.toChars((int) ri.value));
                if (r instanceof PyStr rs) return rs.value;
                throw Errors.typeError("character mapping must return integer, None or str");
            } catch (PyException e) {
                if (e.exc.type().isSubtype(Types.LOOKUP_ERROR)) return StrMethods.KEEP;
                throw e;
            }
        })));
        t.staticMethod("maketrans", (a, k) -> {
            PyDict d = new PyDict();
            if (a.length == 1) {
                PyObject[] items = ((PyDict) a[0]).itemsArray();
                for (int i = 0; i < items.length; i += 2) {
                    PyObject key = items[i] instanceof PyStr ks ? PyInt.of(ks.value.codePointAt(0)) : items[i];
                    d.put(key, items[i + 1]);
                }
                return d;
            }
            var m = StrMethods.maketrans(s(a[0]), s(a[1]), a.length > 2 ? s(a[2]) : null);
            for (var e : m.entrySet()) d.put(PyInt.of(e.getKey()), e.getValue() == null ? PySingleton.NONE : PyInt.of(e.getValue()));
            return d;
        });
        t.m0("__getnewargs__", self -> PyTuple.of(PyStr.of(s(self))));
        t.m0("__sizeof__", self -> PyInt.of(49 + s(self).length()));
    }

    /** repr(str); a split str's surrogates print as two escapes. */
    static String repr(PyStr s) {
        return s.isSplit() ? regpy.code.Repr.str(s.codePoints()) : regpy.code.Repr.str(s.value);
    }

    /**
     * str's rich comparisons. A split str differs from the astral str with the same chars, and
     * orders by its code points (each surrogate below U+10000).
     */
    static PyObject compare(PyStr a, PyStr b, int op) {
        if (!a.isSplit() && !b.isSplit())
            return Abstract.richCompare(PyStr.of(a.value), PyStr.of(b.value), op);
        if (op == Abstract.EQ || op == Abstract.NE)
            return PyBool.of((a.isSplit() == b.isSplit() && a.value.equals(b.value)) == (op == Abstract.EQ));
        int c = java.util.Arrays.compare(a.codePoints(), b.codePoints());
        return PyBool.of(switch (op) {
            case Abstract.LT -> c < 0; case Abstract.LE -> c <= 0; case Abstract.GT -> c > 0; default -> c >= 0;
        });
    }

    static PyObject repeat(PyObject self, PyObject n) {
        if (!(n instanceof PyInt) && n.type().lookup("__index__") == null) return PySingleton.NOT_IMPLEMENTED;
        long c = Abstract.indexLong(n);
        if (c <= 0) return PyStr.EMPTY;
        if ((long) s(self).length() * c > Integer.MAX_VALUE - 16) throw Errors.memoryError();
        PyStr str = (PyStr) self;
        String r = s(self).repeat((int) c);
        // '\udc00\ud800' * 2: the copies' lone surrogates meet
        return str.isSplit() || str.hasEdgeSurrogate() && str.isBmp() ? PyStr.ofChars(r) : PyStr.of(r);
    }

    static PyObject getItem(PyObject self, PyObject key) {
        PyStr str = (PyStr) self;
        int n = str.length();
        if (key instanceof PySlice sl) {
            long[] r = Slices.indices(sl, n);
            int start = (int) r[0], stop = (int) r[1], step = (int) r[2], len = (int) r[3];
            if (step == 1) return len <= 0 ? PyStr.EMPTY : str.sameForm(str.substring(start, start + len));
            int[] cps = new int[Math.max(len, 0)];
            for (int i = 0, j = start; i < len; i++, j += step) cps[i] = str.codePointAt(j);
            return PyStr.ofCodePoints(cps);
        }
        long i = Abstract.seqIndex(key, "string");
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.indexError("string index out of range");
        return PyStr.ofCodePoint(str.codePointAt((int) i));
    }

    static PyObject strNew(PyObject[] a, String[] k) {
        PyType cls = (PyType) a[0];
        PyObject[] p = Args.parse("str", java.util.Arrays.copyOfRange(a, 1, a.length), k, 0, "object", "encoding", "errors");
        String v;
        if (p[0] == null) v = "";
        else if (p[1] != null || p[2] != null) {
            if (!(p[0] instanceof PyBytes b)) throw Errors.typeError("decoding to str: need a bytes-like object, " + p[0].type().getName() + " found");
            v = BytesType.decode(b.bytes(), p[1] == null ? "utf-8" : s(p[1]), p[2] == null ? "strict" : s(p[2]));
        } else {
            PyStr r = Abstract.str(p[0]);
            if (cls == Types.STR) return r.getClass() == PyStr.class || r.getClass() == PyStr.Split.class ? r : r.sameForm(r.value);
            return new PyStr.Sub(cls, r.value, r.isSplit());
        }
        return cls == Types.STR ? PyStr.of(v) : new PyStr.Sub(cls, v);
    }
}
