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
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= limit && errors.equals("strict")) {
                    PyException e = Errors.of(Types.UNICODE_ENCODE_ERROR, "'" + (limit == 128 ? "ascii" : "latin-1") + "' codec can't encode character '\\u"
                            + String.format("%04x", (int) s.charAt(i)) + "' in position " + i + ": ordinal not in range(" + limit + ")");
                    throw e;
                }
            }
        }
        return s.getBytes(cs);
    }

    public static String decode(byte[] data, String encoding, String errors) {
        Charset cs = charset(encoding);
        if (cs == StandardCharsets.UTF_8 && errors.equals("strict")) {
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(data)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw Errors.of(Types.UNICODE_DECODE_ERROR, "'utf-8' codec can't decode bytes: invalid data");
            }
        }
        return new String(data, cs);
    }

    static Charset charset(String enc) {
        String e = enc.toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8" -> StandardCharsets.UTF_8;
            case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1" -> StandardCharsets.ISO_8859_1;
            case "utf-16" -> StandardCharsets.UTF_16;
            default -> {
                try { yield Charset.forName(enc); } catch (RuntimeException ex) { throw Errors.of(Types.LOOKUP_ERROR, "unknown encoding: " + enc); }
            }
        };
    }

    static byte[] fromObject(PyObject o) {
        if (o instanceof PyBytes pb) return pb.bytes();
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
        t.m0("hex", self -> {
            StringBuilder sb = new StringBuilder();
            for (byte x : b(self)) sb.append(String.format("%02x", x & 0xff));
            return PyStr.of(sb.toString());
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
            pb.set(Seqs.index(k, pb.size(), "bytearray"), (int) Abstract.indexLong(v));
            return PySingleton.NONE;
        });
    }
}
