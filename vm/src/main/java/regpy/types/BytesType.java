package regpy.types;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import regpy.objects.*;
import regpy.runtime.*;

/** bytes and bytearray (the commonly used subset). */
public final class BytesType {
    private BytesType() {}

    static byte[] b(PyObject o) { return ((PyBytes) o).bytes(); }

    public static byte[] encode(String s, String encoding, String errors) {
        Charset cs = charset(encoding);
        if (cs == StandardCharsets.US_ASCII || cs == StandardCharsets.ISO_8859_1) {
            int limit = cs == StandardCharsets.US_ASCII ? 128 : 256;
            if (!errors.equals("strict")) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (int i = 0; i < s.length(); ) {
                    int cp = s.codePointAt(i);
                    i += Character.charCount(cp);
                    if (cp < limit) { out.write(cp); continue; }
                    String rep = switch (errors) {
                        case "ignore" -> "";
                        case "replace" -> "?";
                        case "backslashreplace" -> cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                        case "xmlcharrefreplace" -> "&#" + cp + ";";
                        default -> throw Errors.of(Types.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
                    };
                    out.writeBytes(rep.getBytes(StandardCharsets.US_ASCII));
                }
                return out.toByteArray();
            }
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= limit) {
                    int cp = s.codePointAt(i);
                    String esc = cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                    PyException e = Errors.of(Types.UNICODE_ENCODE_ERROR, "'" + (limit == 128 ? "ascii" : "latin-1") + "' codec can't encode character '"
                            + esc + "' in position " + s.codePointCount(0, i) + ": ordinal not in range(" + limit + ")");
                    throw e;
                }
            }
        }
        return s.getBytes(cs);
    }

    /** bytes.hex(sep, bytes_per_sep): groups counted from the right for positive bytes_per_sep. */
    static String hex(byte[] d, PyObject sepObj, PyObject perObj) {
        String sep = sepObj == null ? null : sepObj instanceof PyStr s ? s.value : new String(((PyBytes) sepObj).bytes(), StandardCharsets.ISO_8859_1);
        if (sep != null && sep.length() != 1) throw Errors.valueError("sep must be length 1.");
        long per = perObj == null ? 1 : Abstract.indexLong(perObj);
        StringBuilder sb = new StringBuilder();
        int n = d.length;
        long group = Math.abs(per);
        for (int i = 0; i < n; i++) {
            if (sep != null && i > 0 && group > 0) {
                boolean cut = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (cut) sb.append(sep);
            }
            sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
        }
        return sb.toString();
    }

    public static String decode(byte[] data, String encoding, String errors) {
        Charset cs = charset(encoding);
        if (cs == StandardCharsets.UTF_8) return decodeUtf8(data, errors);
        if (cs == StandardCharsets.US_ASCII) {
            StringBuilder sb = new StringBuilder(data.length);
            for (int i = 0; i < data.length; i++) {
                int b = data[i] & 0xff;
                if (b < 128) sb.append((char) b);
                else if (errors.equals("replace")) sb.append('\ufffd');
                else if (!errors.equals("ignore"))
                    throw Errors.of(Types.UNICODE_DECODE_ERROR, "'ascii' codec can't decode byte 0x" + String.format("%02x", b) + " in position " + i + ": ordinal not in range(128)");
            }
            return sb.toString();
        }
        return new String(data, cs);
    }

    /** UTF-8 decoding with CPython's error messages and the strict/replace/ignore handlers. */
    static String decodeUtf8(byte[] d, String errors) {
        StringBuilder sb = new StringBuilder(d.length);
        int i = 0;
        while (i < d.length) {
            int b = d[i] & 0xff;
            if (b < 0x80) { sb.append((char) b); i++; continue; }
            int need, cp, min;
            if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; min = 0x80; }
            else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0x0f; min = 0x800; }
            else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x07; min = 0x10000; }
            else { i = fail(sb, d, i, i + 1, "invalid start byte", errors); continue; }
            int j = 1;
            String reason = null;
            for (; j <= need; j++) {
                if (i + j >= d.length) { reason = "unexpected end of data"; break; }
                int c = d[i + j] & 0xff;
                boolean ok = (c & 0xc0) == 0x80;
                if (ok && j == 1) {
                    if (b == 0xe0 && c < 0xa0 || b == 0xed && c > 0x9f || b == 0xf0 && c < 0x90 || b == 0xf4 && c > 0x8f) ok = false;
                }
                if (!ok) { reason = "invalid continuation byte"; break; }
                cp = (cp << 6) | (c & 0x3f);
            }
            if (reason != null) { i = fail(sb, d, i, i + j, reason, errors); continue; }
            if (cp < min) { i = fail(sb, d, i, i + 1, "invalid start byte", errors); continue; }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }

    private static int fail(StringBuilder sb, byte[] d, int start, int end, String reason, String errors) {
        if (errors.equals("replace")) { sb.append('\ufffd'); return end; }
        if (errors.equals("ignore")) return end;
        if (errors.equals("surrogateescape")) { sb.append((char) (0xdc00 + (d[start] & 0xff))); return start + 1; }
        String what = end - start == 1 ? "byte 0x" + String.format("%02x", d[start] & 0xff) + " in position " + start
                : "bytes in position " + start + "-" + (end - 1);
        throw Errors.of(Types.UNICODE_DECODE_ERROR, "'utf-8' codec can't decode " + what + ": " + reason);
    }

    static Charset charset(String enc) {
        String e = enc.toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8" -> StandardCharsets.UTF_8;
            case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1" -> StandardCharsets.ISO_8859_1;
            case "utf-16" -> StandardCharsets.UTF_16;
            case "utf-16-le", "utf-16le" -> StandardCharsets.UTF_16LE;
            case "utf-16-be", "utf-16be" -> StandardCharsets.UTF_16BE;
            case "utf-32", "utf-32-le", "utf-32le" -> Charset.forName(e.equals("utf-32") ? "UTF-32" : "UTF-32LE");
            case "utf-32-be", "utf-32be" -> Charset.forName("UTF-32BE");
            default -> {
                try { yield Charset.forName(enc); } catch (RuntimeException ex) { throw Errors.of(Types.LOOKUP_ERROR, "unknown encoding: " + enc); }
            }
        };
    }

    static byte[] fromObject(PyObject o) {
        if (o instanceof PyBytes pb) return pb.bytes();
        PyObject conv = o.type().lookup("__bytes__");
        if (conv != null) {
            PyObject r = Calls.callDescr(conv, o);
            if (!(r instanceof PyBytes rb)) throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().getName() + ")");
            return rb.bytes();
        }
        if (o instanceof regpy.objects.PyObject && o.type() == MemoryViewType.TYPE) return ((PyBytes) Calls.callMethod(o, "tobytes")).bytes();
        if (o instanceof PyStr) throw Errors.typeError("string argument without an encoding");
        if (o instanceof PyInt i) {
            long n = Abstract.indexLong(i);
            if (n < 0) throw Errors.valueError("negative count");
            return new byte[(int) n];
        }
        PyObject[] items = Iter.toArray(o);
        byte[] out = new byte[items.length];
        for (int i = 0; i < out.length; i++) {
            long v = Abstract.indexLong(items[i]);
            if (v < 0 || v > 255) throw Errors.valueError("bytes must be in range(0, 256)");
            out[i] = (byte) v;
        }
        return out;
    }

    static void common(PyType t, boolean mutable) {
        BytesMethods.install(t);
        t.staticMethod("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            PyObject[] p = Args.parse(mutable ? "bytearray" : "bytes", java.util.Arrays.copyOfRange(a, 1, a.length), k, 0, "source", "encoding", "errors");
            byte[] data;
            if (p[0] == null) data = new byte[0];
            else if (p[1] != null) data = encode(((PyStr) p[0]).value, ((PyStr) p[1]).value, p[2] == null ? "strict" : ((PyStr) p[2]).value);
            else data = fromObject(p[0]);
            if (cls == Types.BYTES) return new PyBytes(data);
            if (cls == Types.BYTEARRAY) return PyBytes.bytearray(data);
            return new PyBytes.Sub(cls, data, mutable);
        });
        t.m0("__repr__", self -> PyStr.of(mutable ? "bytearray(" + regpy.code.Repr.bytes(b(self)) + ")" : regpy.code.Repr.bytes(b(self))));
        t.m0("__len__", self -> PyInt.of(((PyBytes) self).size()));
        t.m0("__iter__", self -> new PyIterator(PyIterator.Kind.BYTES, self));
        t.m1("__getitem__", (self, key) -> {
            byte[] d = b(self);
            if (key instanceof PySlice s) {
                long[] r = Slices.indices(s, d.length);
                byte[] out = new byte[(int) r[3]];
                for (int i = 0, j = (int) r[0]; i < r[3]; i++, j += (int) r[2]) out[i] = d[j];
                return mutable ? PyBytes.bytearray(out) : new PyBytes(out);
            }
            return PyInt.of(d[Seqs.index(key, d.length, mutable ? "bytearray" : "index")] & 0xff);
        });
        t.m1("__add__", (self, o) -> {
            if (!(o instanceof PyBytes ob)) return PySingleton.NOT_IMPLEMENTED;
            byte[] a = b(self), c = ob.bytes();
            byte[] r = java.util.Arrays.copyOf(a, a.length + c.length);
            System.arraycopy(c, 0, r, a.length, c.length);
            return mutable ? PyBytes.bytearray(r) : new PyBytes(r);
        });
        t.m1("__mul__", (self, n) -> {
            byte[] a = b(self);
            long c = Math.max(0, Abstract.indexLong(n));
            byte[] r = new byte[(int) (a.length * c)];
            for (int i = 0; i < c; i++) System.arraycopy(a, 0, r, i * a.length, a.length);
            return mutable ? PyBytes.bytearray(r) : new PyBytes(r);
        });
        t.m1("__contains__", (self, o) -> {
            byte[] d = b(self);
            if (o instanceof PyInt i) { for (byte x : d) if ((x & 0xff) == i.value) return PyBool.TRUE; return PyBool.FALSE; }
            String hay = new String(d, StandardCharsets.ISO_8859_1), needle = new String(b(o), StandardCharsets.ISO_8859_1);
            return PyBool.of(hay.contains(needle));
        });
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < 6; i++) {
            final int op = i;
            t.m1(cmp[i], (self, o) -> {
                if (!(o instanceof PyBytes ob)) return PySingleton.NOT_IMPLEMENTED;
                int c = java.util.Arrays.compareUnsigned(b(self), ob.bytes());
                return PyBool.of(switch (op) { case 0 -> c < 0; case 1 -> c <= 0; case 2 -> c == 0; case 3 -> c != 0; case 4 -> c > 0; default -> c >= 0; });
            });
        }
        t.mv("decode", (self, a, k) -> {
            PyObject[] p = Args.parse("decode", a, k, 0, "encoding", "errors");
            return PyStr.of(decode(b(self), p[0] == null ? "utf-8" : ((PyStr) p[0]).value, p[1] == null ? "strict" : ((PyStr) p[1]).value));
        });
        t.mv("hex", (self, a, k) -> {
            PyObject[] p = Args.parse("hex", a, k, 0, "sep", "bytes_per_sep");
            return PyStr.of(hex(b(self), p[0], p[1]));
        });
        t.m1("__mod__", (self, o) -> new PyBytes(Formatting.percent(b(self), o)));
        t.mv("join", (self, a, k) -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            PyObject[] items = Iter.toArray(a[0]);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) out.writeBytes(b(self));
                out.writeBytes(b(items[i]));
            }
            return mutable ? PyBytes.bytearray(out.toByteArray()) : new PyBytes(out.toByteArray());
        });
    }

    public static void initBytes(PyType t) {
        common(t, false);
        t.m0("__hash__", self -> PyInt.of(PyStr.hashOf(new String(b(self), StandardCharsets.ISO_8859_1)) ^ 0x5bd1e995L));
        t.classMethod("fromhex", (cls, a, k) -> {
            String s = ((PyStr) a[0]).value.replace(" ", "");
            byte[] out = new byte[s.length() / 2];
            for (int i = 0; i < out.length; i++) out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
            return new PyBytes(out);
        });
    }

    public static void initByteArray(PyType t) {
        common(t, true);
        t.set("__hash__", PySingleton.NONE);
        t.m1("append", (self, v) -> { ((PyBytes) self).append((int) Abstract.indexLong(v)); return PySingleton.NONE; });
        t.m1("extend", (self, v) -> { for (byte x : fromObject(v)) ((PyBytes) self).append(x & 0xff); return PySingleton.NONE; });
        t.m2("__setitem__", (self, k, v) -> {
            PyBytes pb = (PyBytes) self;
            synchronized (pb) {
                if (k instanceof PySlice s) {
                    byte[] cur = pb.bytes(), vals = fromObject(v);
                    long[] r = Slices.indices(s, cur.length);
                    if (r[2] == 1) {
                        int lo = (int) r[0], hi = (int) Math.max(r[0], r[1]);
                        byte[] out = new byte[cur.length - (hi - lo) + vals.length];
                        System.arraycopy(cur, 0, out, 0, lo);
                        System.arraycopy(vals, 0, out, lo, vals.length);
                        System.arraycopy(cur, hi, out, lo + vals.length, cur.length - hi);
                        pb.setAll(out);
                    } else {
                        if (vals.length != r[3]) throw Errors.valueError("attempt to assign bytes of size " + vals.length + " to extended slice of size " + r[3]);
                        for (int i = 0, j = (int) r[0]; i < r[3]; i++, j += (int) r[2]) cur[j] = vals[i];
                        pb.setAll(cur);
                    }
                    return PySingleton.NONE;
                }
                long val = Abstract.indexLong(v);
                if (val < 0 || val > 255) throw Errors.valueError("byte must be in range(0, 256)");
                pb.set(Seqs.index(k, pb.size(), "bytearray"), (int) val);
            }
            return PySingleton.NONE;
        });
        t.m1("__delitem__", (self, k) -> {
            PyBytes pb = (PyBytes) self;
            synchronized (pb) {
                byte[] cur = pb.bytes();
                boolean[] del = new boolean[cur.length];
                if (k instanceof PySlice s) {
                    long[] r = Slices.indices(s, cur.length);
                    for (int i = 0, j = (int) r[0]; i < r[3]; i++, j += (int) r[2]) del[j] = true;
                } else del[Seqs.index(k, cur.length, "bytearray")] = true;
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (int i = 0; i < cur.length; i++) if (!del[i]) out.write(cur[i]);
                pb.setAll(out.toByteArray());
            }
            return PySingleton.NONE;
        });
        t.mv("pop", (self, a, k) -> {
            PyBytes pb = (PyBytes) self;
            synchronized (pb) {
                byte[] cur = pb.bytes();
                if (cur.length == 0) throw Errors.indexError("pop from empty bytearray");
                long i = a.length == 0 ? cur.length - 1 : Abstract.indexLong(a[0]);
                if (i < 0) i += cur.length;
                if (i < 0 || i >= cur.length) throw Errors.indexError("pop index out of range");
                int v = cur[(int) i] & 0xff;
                byte[] out = new byte[cur.length - 1];
                System.arraycopy(cur, 0, out, 0, (int) i);
                System.arraycopy(cur, (int) i + 1, out, (int) i, cur.length - (int) i - 1);
                pb.setAll(out);
                return PyInt.of(v);
            }
        });
        t.m2("insert", (self, i, v) -> {
            PyBytes pb = (PyBytes) self;
            synchronized (pb) {
                byte[] cur = pb.bytes();
                long at = Abstract.indexLong(i);
                if (at < 0) at = Math.max(0, at + cur.length);
                at = Math.min(at, cur.length);
                byte[] out = new byte[cur.length + 1];
                System.arraycopy(cur, 0, out, 0, (int) at);
                out[(int) at] = (byte) Abstract.indexLong(v);
                System.arraycopy(cur, (int) at, out, (int) at + 1, cur.length - (int) at);
                pb.setAll(out);
            }
            return PySingleton.NONE;
        });
        t.m0("reverse", self -> {
            PyBytes pb = (PyBytes) self;
            synchronized (pb) {
                byte[] cur = pb.bytes();
                for (int i = 0, j = cur.length - 1; i < j; i++, j--) { byte x = cur[i]; cur[i] = cur[j]; cur[j] = x; }
                pb.setAll(cur);
            }
            return PySingleton.NONE;
        });
        t.m0("clear", self -> { ((PyBytes) self).setAll(new byte[0]); return PySingleton.NONE; });
        t.m0("copy", self -> PyBytes.bytearray(b(self)));
        t.m1("__iadd__", (self, o) -> { for (byte x : fromObject(o)) ((PyBytes) self).append(x & 0xff); return self; });
    }
}
