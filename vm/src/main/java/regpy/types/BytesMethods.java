package regpy.types;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import regpy.objects.*;
import regpy.runtime.*;
import regpy.text.StrMethods;

/**
 * The str-like methods of bytes and bytearray. Bytes map one-to-one onto Latin-1 chars, so
 * searching, splitting with a separator, padding and partitioning reuse regpy.text; case
 * mapping and whitespace are ASCII-only as in CPython.
 */
final class BytesMethods {
    private BytesMethods() {}

    static String l1(PyObject o) { return new String(((PyBytes) o).bytes(), StandardCharsets.ISO_8859_1); }

    static String arg(String fname, PyObject o) {
        if (o instanceof PyBytes b) return new String(b.bytes(), StandardCharsets.ISO_8859_1);
        if (o.type() == MemoryViewType.TYPE) return new String(BytesType.fromObject(o), StandardCharsets.ISO_8859_1);
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
    }

    static PyObject make(PyObject like, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return ((PyBytes) like).isMutable() ? PyBytes.bytearray(b) : new PyBytes(b);
    }

    static PyList list(PyObject like, List<String> parts) {
        PyList l = new PyList();
        for (String p : parts) l.append(make(like, p));
        return l;
    }

    static boolean isSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

    static String mapCase(String s, int mode) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
            char r = c;
            switch (mode) {
                case 0 -> { if (lower) r = (char) (c - 32); }
                case 1 -> { if (upper) r = (char) (c + 32); }
                case 2 -> { if (lower) r = (char) (c - 32); else if (upper) r = (char) (c + 32); }
                case 3 -> { // title
                    if (prevCased) { if (upper) r = (char) (c + 32); } else if (lower) r = (char) (c - 32);
                }
                default -> { // capitalize
                    if (i == 0) { if (lower) r = (char) (c - 32); } else if (upper) r = (char) (c + 32);
                }
            }
            prevCased = lower || upper;
            sb.append(r);
        }
        return sb.toString();
    }

    interface CharTest { boolean test(char c); }

    static PyObject all(PyObject self, CharTest t) {
        String s = l1(self);
        if (s.isEmpty()) return PyBool.FALSE;
        for (int i = 0; i < s.length(); i++) if (!t.test(s.charAt(i))) return PyBool.FALSE;
        return PyBool.TRUE;
    }

    static List<String> splitWhitespace(String s, long max, boolean right) {
        List<String> out = new ArrayList<>();
        if (!right) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) i++;
                if (i >= n) break;
                if (max >= 0 && out.size() >= max) { int e = n; while (e > i && isSpace(s.charAt(e - 1))) e--; out.add(s.substring(i, e)); break; }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) j++;
                out.add(s.substring(i, j));
                i = j;
            }
        } else {
            int i = s.length();
            while (true) {
                while (i > 0 && isSpace(s.charAt(i - 1))) i--;
                if (i <= 0) break;
                if (max >= 0 && out.size() >= max) { int b = 0; while (b < i && isSpace(s.charAt(b))) b++; out.add(0, s.substring(b, i)); break; }
                int j = i;
                while (j > 0 && !isSpace(s.charAt(j - 1))) j--;
                out.add(0, s.substring(j, i));
                i = j;
            }
        }
        return out;
    }

    static String stripChars(String s, String chars, boolean left, boolean right) {
        int a = 0, b = s.length();
        if (chars == null) {
            while (left && a < b && isSpace(s.charAt(a))) a++;
            while (right && b > a && isSpace(s.charAt(b - 1))) b--;
        } else {
            while (left && a < b && chars.indexOf(s.charAt(a)) >= 0) a++;
            while (right && b > a && chars.indexOf(s.charAt(b - 1)) >= 0) b--;
        }
        return s.substring(a, b);
    }

    static long idx(PyObject[] a, int i, long dflt) { return a.length > i && a[i] != PySingleton.NONE ? Abstract.indexLong(a[i]) : dflt; }

    static String sub(PyObject o) {
        if (o instanceof PyInt i) return String.valueOf((char) (Abstract.indexLong(i) & 0xff));
        return arg("sub", o);
    }

    static void install(PyType t) {
        t.m0("upper", self -> make(self, mapCase(l1(self), 0)));
        t.m0("lower", self -> make(self, mapCase(l1(self), 1)));
        t.m0("swapcase", self -> make(self, mapCase(l1(self), 2)));
        t.m0("title", self -> make(self, mapCase(l1(self), 3)));
        t.m0("capitalize", self -> make(self, mapCase(l1(self), 4)));
        t.m0("isdigit", self -> all(self, c -> c >= '0' && c <= '9'));
        t.m0("isalpha", self -> all(self, c -> (c | 32) >= 'a' && (c | 32) <= 'z'));
        t.m0("isalnum", self -> all(self, c -> (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z')));
        t.m0("isspace", self -> all(self, BytesMethods::isSpace));
        t.m0("isascii", self -> { for (char c : l1(self).toCharArray()) if (c > 127) return PyBool.FALSE; return PyBool.TRUE; });
        t.m0("islower", self -> { String s = l1(self); return PyBool.of(!s.equals(mapCase(s, 0)) && s.equals(mapCase(s, 1))); });
        t.m0("isupper", self -> { String s = l1(self); return PyBool.of(!s.equals(mapCase(s, 1)) && s.equals(mapCase(s, 0))); });
        t.mv("split", (self, a, k) -> {
            PyObject[] p = Args.parse("split", a, k, 0, "sep", "maxsplit");
            long max = p[1] == null ? -1 : Abstract.indexLong(p[1]);
            if (p[0] == null || p[0] == PySingleton.NONE) return list(self, splitWhitespace(l1(self), max, false));
            String sep = arg("split", p[0]);
            if (sep.isEmpty()) throw Errors.valueError("empty separator");
            return list(self, StrMethods.split(l1(self), sep, max));
        });
        t.mv("rsplit", (self, a, k) -> {
            PyObject[] p = Args.parse("rsplit", a, k, 0, "sep", "maxsplit");
            long max = p[1] == null ? -1 : Abstract.indexLong(p[1]);
            if (p[0] == null || p[0] == PySingleton.NONE) return list(self, splitWhitespace(l1(self), max, true));
            String sep = arg("rsplit", p[0]);
            if (sep.isEmpty()) throw Errors.valueError("empty separator");
            return list(self, StrMethods.rsplit(l1(self), sep, max));
        });
        t.mv("splitlines", (self, a, k) -> {
            PyObject[] p = Args.parse("splitlines", a, k, 0, "keepends");
            boolean keep = p[0] != null && Abstract.isTrue(p[0]);
            List<String> out = new ArrayList<>();
            String s = l1(self);
            int i = 0, start = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r') {
                    int end = i;
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                    i++;
                    out.add(s.substring(start, keep ? i : end));
                    start = i;
                } else i++;
            }
            if (start < s.length()) out.add(s.substring(start));
            return list(self, out);
        });
        for (String n : new String[] {"strip", "lstrip", "rstrip"}) {
            t.mv(n, (self, a, k) -> {
                Args.count(n, a, k, 0, 1);
                String chars = a.length == 0 || a[0] == PySingleton.NONE ? null : arg(n, a[0]);
                return make(self, stripChars(l1(self), chars, !n.equals("rstrip"), !n.equals("lstrip")));
            });
        }
        t.mv("replace", (self, a, k) -> {
            Args.count("replace", a, k, 2, 3);
            return make(self, StrMethods.replace(l1(self), arg("replace", a[0]), arg("replace", a[1]), idx(a, 2, -1)));
        });
        for (String n : new String[] {"find", "rfind", "index", "rindex", "count"}) {
            t.mv(n, (self, a, k) -> {
                Args.count(n, a, k, 1, 3);
                String s = l1(self), sb = sub(a[0]);
                long st = idx(a, 1, 0), en = idx(a, 2, StrMethods.END);
                try {
                    return PyInt.of(switch (n) {
                        case "find" -> StrMethods.find(s, sb, st, en);
                        case "rfind" -> StrMethods.rfind(s, sb, st, en);
                        case "index" -> StrMethods.index(s, sb, st, en);
                        case "rindex" -> StrMethods.rindex(s, sb, st, en);
                        default -> StrMethods.count(s, sb, st, en);
                    });
                } catch (regpy.text.TextError e) {
                    throw Errors.valueError(n.startsWith("r") || n.equals("index") ? "subsection not found" : e.getMessage());
                }
            });
        }
        for (String n : new String[] {"startswith", "endswith"}) {
            t.mv(n, (self, a, k) -> {
                Args.count(n, a, k, 1, 3);
                long st = idx(a, 1, 0), en = idx(a, 2, StrMethods.END);
                PyObject[] opts = a[0] instanceof PyTuple tp ? tp.items : new PyObject[] {a[0]};
                for (PyObject o : opts) {
                    String x = arg(n, o);
                    if (n.equals("startswith") ? StrMethods.startsWith(l1(self), x, st, en) : StrMethods.endsWith(l1(self), x, st, en)) return PyBool.TRUE;
                }
                return PyBool.FALSE;
            });
        }
        for (String n : new String[] {"center", "ljust", "rjust"}) {
            t.mv(n, (self, a, k) -> {
                Args.count(n, a, k, 1, 2);
                long w = Abstract.indexLong(a[0]);
                int fill = a.length > 1 ? arg(n, a[1]).charAt(0) : ' ';
                String s = l1(self);
                return make(self, n.equals("center") ? StrMethods.center(s, w, fill) : n.equals("ljust") ? StrMethods.ljust(s, w, fill) : StrMethods.rjust(s, w, fill));
            });
        }
        t.m1("zfill", (self, w) -> make(self, StrMethods.zfill(l1(self), Abstract.indexLong(w))));
        t.m1("partition", (self, sep) -> { String[] r = StrMethods.partition(l1(self), arg("partition", sep)); return PyTuple.of(make(self, r[0]), make(self, r[1]), make(self, r[2])); });
        t.m1("rpartition", (self, sep) -> { String[] r = StrMethods.rpartition(l1(self), arg("rpartition", sep)); return PyTuple.of(make(self, r[0]), make(self, r[1]), make(self, r[2])); });
        t.m1("removeprefix", (self, p) -> make(self, StrMethods.removeprefix(l1(self), arg("removeprefix", p))));
        t.m1("removesuffix", (self, p) -> make(self, StrMethods.removesuffix(l1(self), arg("removesuffix", p))));
        t.mv("expandtabs", (self, a, k) -> make(self, StrMethods.expandtabs(l1(self), a.length > 0 ? Abstract.indexLong(a[0]) : 8)));
        t.m1("__rmod__", (self, o) -> PySingleton.NOT_IMPLEMENTED);
    }
}
