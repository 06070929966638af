package regpy.code;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The marshal format, version 4 (CPython 3.13's): loads and dumps of every type marshal knows.
 *
 * <p>Values use {@link Const}'s representation; the three mutable containers marshal can carry
 * get records of their own ({@link PyList}, {@link PyDict}, {@link PySet}). Marshal also has
 * StopIteration (the type object, used as a sentinel) as {@link #STOP_ITERATION}.
 *
 * <p>Byte-exact re-dumping: CPython decides per object whether to set FLAG_REF (from the
 * object's reference count) and which str code to use (from interning), which Java values do
 * not carry. {@link #loadsWithLayout} therefore also returns the {@link Layout} (the type byte
 * of each object in traversal order), and {@link #dumps(Object, Layout)} replays it. Without a
 * layout, dumps uses a policy of its own: FLAG_REF on strings, code objects and containers,
 * with equal strings shared through references.
 */
public final class Marshal {
    private Marshal() {}

    public static final int VERSION = 4;

    // type codes
    static final byte NULL = '0', NONE = 'N', FALSE = 'F', TRUE = 'T', STOPITER = 'S', ELLIPSIS = '.',
            INT = 'i', INT64 = 'I', FLOAT = 'f', BINARY_FLOAT = 'g', COMPLEX = 'x', BINARY_COMPLEX = 'y',
            LONG = 'l', STRING = 's', INTERNED = 't', REF = 'r', TUPLE = '(', LIST = '[', DICT = '{',
            CODE = 'c', UNICODE = 'u', UNKNOWN = '?', SET = '<', FROZENSET = '>', ASCII = 'a',
            ASCII_INTERNED = 'A', SMALL_TUPLE = ')', SHORT_ASCII = 'z', SHORT_ASCII_INTERNED = 'Z';
    static final int FLAG_REF = 0x80;

    /** The StopIteration type, which marshal can carry as a singleton. */
    public enum StopIterationType { STOP_ITERATION; @Override public String toString() { return "StopIteration"; } }
    public static final StopIterationType STOP_ITERATION = StopIterationType.STOP_ITERATION;

    public record PyList(List<Object> items) {}
    public record PyDict(List<Map.Entry<Object, Object>> items) {}
    public record PySet(List<Object> items) {}

    /** The type byte of each object, in the order loads met them ('r' entries give the ref index). */
    public record Layout(byte[] codes, int[] refTargets) {}

    public static final class MarshalError extends RuntimeException {
        public MarshalError(String msg) { super(msg); }
    }

    // ---- loads -------------------------------------------------------------------------------------

    public static Object loads(byte[] data) { return new Reader(data, false).readObject(); }

    public record Loaded(Object value, Layout layout, int consumed) {}

    public static Loaded loadsWithLayout(byte[] data) {
        Reader r = new Reader(data, true);
        Object v = r.readObject();
        return new Loaded(v, r.layout(), r.pos);
    }

    /** Load from an offset (a .pyc body); returns the value. */
    public static Object loads(byte[] data, int offset) {
        Reader r = new Reader(data, false);
        r.pos = offset;
        return r.readObject();
    }

    private static final class Reader {
        final byte[] b;
        int pos;
        final List<Object> refs = new ArrayList<>();
        final boolean trace;
        final ByteArrayOutputStream codes = new ByteArrayOutputStream();
        final List<Integer> refTargets = new ArrayList<>();

        Reader(byte[] b, boolean trace) { this.b = b; this.trace = trace; }

        Layout layout() {
            int[] rt = new int[refTargets.size()];
            for (int i = 0; i < rt.length; i++) rt[i] = refTargets.get(i);
            return new Layout(codes.toByteArray(), rt);
        }

        int u8() {
            if (pos >= b.length) throw new MarshalError("EOF read where object expected");
            return b[pos++] & 0xff;
        }
        int i32() { int v = (b[pos] & 0xff) | (b[pos + 1] & 0xff) << 8 | (b[pos + 2] & 0xff) << 16 | (b[pos + 3]) << 24; pos += 4; return v; }
        long i64() { long lo = i32() & 0xffffffffL; long hi = i32(); return lo | hi << 32; }
        double f64() { return Double.longBitsToDouble(i64()); }
        byte[] bytes(int n) {
            if (n < 0 || pos + n > b.length) throw new MarshalError("marshal data too short");
            byte[] out = java.util.Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            return out;
        }

        /** Reserve a ref slot before reading a container, so inner refs can point to it. */
        int reserve(boolean flag) {
            if (!flag) return -1;
            refs.add(null);
            return refs.size() - 1;
        }
        Object set(int idx, Object v) { if (idx >= 0) refs.set(idx, v); return v; }

        Object readObject() {
            int code = u8();
            boolean flag = (code & FLAG_REF) != 0;
            int type = code & ~FLAG_REF;
            if (trace) { codes.write(code); refTargets.add(-1); }
            int traceIdx = refTargets.size() - 1;
            switch (type) {
                case NULL: return null;
                case NONE: return Const.NONE;
                case FALSE: return Boolean.FALSE;
                case TRUE: return Boolean.TRUE;
                case STOPITER: return STOP_ITERATION;
                case ELLIPSIS: return Const.ELLIPSIS;
                case INT: return set(reserve(flag), (long) i32());
                case INT64: return set(reserve(flag), i64());
                case LONG: return set(reserve(flag), readLong());
                case FLOAT: { int n = u8(); return set(reserve(flag), Double.parseDouble(new String(bytes(n)))); }
                case BINARY_FLOAT: return set(reserve(flag), f64());
                case COMPLEX: {
                    int n = u8(); double re = Double.parseDouble(new String(bytes(n)));
                    n = u8(); double im = Double.parseDouble(new String(bytes(n)));
                    return set(reserve(flag), new Const.Complex(re, im));
                }
                case BINARY_COMPLEX: { double re = f64(); double im = f64(); return set(reserve(flag), new Const.Complex(re, im)); }
                case STRING: return set(reserve(flag), new Const.Bytes(bytes(i32())));
                case UNICODE: case INTERNED: return set(reserve(flag), Utf8.decodeStr(bytes(i32())));
                case ASCII: case ASCII_INTERNED: return set(reserve(flag), latin1(bytes(i32())));
                case SHORT_ASCII: case SHORT_ASCII_INTERNED: return set(reserve(flag), latin1(bytes(u8())));
                case SMALL_TUPLE: { int idx = reserve(flag); return set(idx, new Const.Tuple(readItems(u8()))); }
                case TUPLE: { int idx = reserve(flag); return set(idx, new Const.Tuple(readItems(i32()))); }
                case LIST: {
                    // Mutable containers are registered before their items so items may refer back.
                    int n = i32(); List<Object> items = new ArrayList<>(n);
                    PyList l = new PyList(items); set(reserve(flag), l);
                    for (int i = 0; i < n; i++) items.add(readObject());
                    return l;
                }
                case SET: case FROZENSET: {
                    int n = i32(); int idx = reserve(flag);
                    List<Object> items = readItems(n);
                    // Items arrive sorted (marshal's reproducible order); keep CPython's iteration order.
                    if (items.stream().allMatch(SetOrder::hashable)) items = SetOrder.order(items);
                    return set(idx, type == SET ? new PySet(items) : new Const.FrozenSet(items));
                }
                case DICT: {
                    List<Map.Entry<Object, Object>> items = new ArrayList<>();
                    PyDict d = new PyDict(items); set(reserve(flag), d);
                    while (true) {
                        Object k = readObject();
                        if (k == null) break;
                        items.add(new java.util.AbstractMap.SimpleImmutableEntry<>(k, readObject()));
                    }
                    return d;
                }
                case CODE: { int idx = reserve(flag); return set(idx, readCode()); }
                case REF: {
                    int n = i32();
                    if (n < 0 || n >= refs.size()) throw new MarshalError("bad marshal data (invalid reference)");
                    if (trace) refTargets.set(traceIdx, n);
                    Object v = refs.get(n);
                    if (v == null) throw new MarshalError("bad marshal data (invalid reference)");
                    return v;
                }
                default: throw new MarshalError("bad marshal data (unknown type code)");
            }
        }

        List<Object> readItems(int n) {
            if (n < 0) throw new MarshalError("bad marshal data (tuple size out of range)");
            List<Object> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Object v = readObject();
                if (v == null) throw new MarshalError("NULL object in marshal data for tuple");
                items.add(v);
            }
            return items;
        }

        Object readLong() {
            int n = i32();
            int size = Math.abs(n);
            BigInteger v = BigInteger.ZERO;
            for (int i = 0; i < size; i++) {
                int digit = (b[pos] & 0xff) | (b[pos + 1] & 0xff) << 8;
                pos += 2;
                v = v.or(BigInteger.valueOf(digit).shiftLeft(15 * i));
            }
            return Const.integer(n < 0 ? v.negate() : v);
        }

        CodeObject readCode() {
            int argcount = i32(), posonly = i32(), kwonly = i32(), stacksize = i32(), flags = i32();
            byte[] code = ((Const.Bytes) readObject()).data();
            Object[] consts = ((Const.Tuple) readObject()).items().toArray();
            String[] names = strings(readObject());
            String[] lpn = strings(readObject());
            byte[] lpk = ((Const.Bytes) readObject()).data();
            String filename = (String) readObject(), name = (String) readObject(), qualname = (String) readObject();
            int firstlineno = i32();
            byte[] linetable = ((Const.Bytes) readObject()).data();
            byte[] exctable = ((Const.Bytes) readObject()).data();
            return new CodeObject(argcount, posonly, kwonly, stacksize, flags, code, consts, names, lpn, lpk,
                    filename, name, qualname, firstlineno, linetable, exctable);
        }

        static String[] strings(Object t) {
            return ((Const.Tuple) t).items().toArray(String[]::new);
        }

        static String latin1(byte[] bs) { return new String(bs, java.nio.charset.StandardCharsets.ISO_8859_1); }
    }

    // ---- dumps -------------------------------------------------------------------------------------

    public static byte[] dumps(Object v) { return dumps(v, null); }

    /** Dump, replaying a layout from {@link #loadsWithLayout} when given (byte-exact round trip). */
    public static byte[] dumps(Object v, Layout layout) {
        Writer w = new Writer(layout);
        w.write(v);
        return w.out.toByteArray();
    }

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Layout layout;
        int step;                       // index into layout
        int nrefs;                      // refs assigned so far
        final Map<Object, Integer> byIdentity = new IdentityHashMap<>();
        final Map<String, Integer> strings = new java.util.HashMap<>();

        Writer(Layout layout) { this.layout = layout; }

        void u8(int v) { out.write(v); }
        void i32(int v) { out.write(v); out.write(v >> 8); out.write(v >> 16); out.write(v >> 24); }
        void f64(double d) { long l = Double.doubleToRawLongBits(d); i32((int) l); i32((int) (l >>> 32)); }
        void raw(byte[] bs) { out.write(bs, 0, bs.length); }

        void write(Object v) {
            int planned = -1, refTarget = -1;
            if (layout != null) {
                if (step >= layout.codes().length) throw new MarshalError("layout does not match the value");
                planned = layout.codes()[step] & 0xff;
                refTarget = layout.refTargets()[step];
                step++;
                if ((planned & ~FLAG_REF) == REF) {
                    u8(REF); i32(refTarget);
                    return;
                }
            } else if (v instanceof String s && strings.containsKey(s)) {
                u8(REF); i32(strings.get(s));
                return;
            } else if (v != null && byIdentity.containsKey(v) && !(v instanceof Boolean) && !(v instanceof Const.Singleton)) {
                u8(REF); i32(byIdentity.get(v));
                return;
            }
            boolean flag = layout != null ? (planned & FLAG_REF) != 0 : defaultFlag(v);
            int flagBit = flag ? FLAG_REF : 0;
            if (flag) {
                int idx = nrefs++;
                if (layout == null) {
                    if (v instanceof String s) strings.put(s, idx); else byIdentity.put(v, idx);
                }
            }
            int code = planned & ~FLAG_REF;
            switch (v) {
                case null -> u8(NULL);
                case Const.Singleton s -> u8(s == Const.NONE ? NONE : ELLIPSIS);
                case StopIterationType s -> u8(STOPITER);
                case Boolean bo -> u8(bo ? TRUE : FALSE);
                case Long l when l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE && (layout == null || code == INT) -> {
                    u8(INT | flagBit); i32((int) (long) l);
                }
                case Long l -> writeLong(BigInteger.valueOf(l), flagBit);
                case Integer i -> { u8(INT | flagBit); i32(i); }
                case BigInteger bi -> writeLong(bi, flagBit);
                case Double d -> { u8(BINARY_FLOAT | flagBit); f64(d); }
                case Const.Complex c -> { u8(BINARY_COMPLEX | flagBit); f64(c.real()); f64(c.imag()); }
                case Const.Bytes bs -> { u8(STRING | flagBit); i32(bs.data().length); raw(bs.data()); }
                case String s -> writeString(s, flagBit, layout == null ? -1 : code);
                case Const.Str s -> { byte[] u = Utf8.encode(s.codePoints()); u8((layout == null ? UNICODE : code) | flagBit); i32(u.length); raw(u); }
                case Const.Tuple t -> {
                    int n = t.items().size();
                    boolean small = layout == null ? n < 256 : code == SMALL_TUPLE;
                    if (small) { u8(SMALL_TUPLE | flagBit); u8(n); } else { u8(TUPLE | flagBit); i32(n); }
                    for (Object o : t.items()) write(o);
                }
                case Const.FrozenSet f -> { u8(FROZENSET | flagBit); i32(f.items().size()); for (Object o : sorted(f.items())) write(o); }
                case PySet s -> { u8(SET | flagBit); i32(s.items().size()); for (Object o : sorted(s.items())) write(o); }
                case PyList l -> { u8(LIST | flagBit); i32(l.items().size()); for (Object o : l.items()) write(o); }
                case PyDict d -> {
                    u8(DICT | flagBit);
                    for (Map.Entry<Object, Object> e : d.items()) { write(e.getKey()); write(e.getValue()); }
                    write(null);
                }
                case CodeObject c -> writeCode(c, flagBit);
                default -> throw new MarshalError("unmarshallable object: " + v.getClass().getName());
            }
        }

        /** Set members in CPython's reproducible order: sorted(items, key=marshal.dumps). */
        List<Object> sorted(List<Object> items) {
            List<Object> out = new ArrayList<>(items);
            out.sort((a, b) -> java.util.Arrays.compareUnsigned(dumps(a), dumps(b)));
            return out;
        }

        boolean defaultFlag(Object v) {
            return v instanceof String || v instanceof Const.Str || v instanceof CodeObject || v instanceof Const.Tuple
                    || v instanceof Const.Bytes || v instanceof Const.FrozenSet;
        }

        void writeLong(BigInteger v, int flagBit) {
            u8(LONG | flagBit);
            BigInteger a = v.abs();
            int n = (a.bitLength() + 14) / 15;
            i32(v.signum() < 0 ? -n : n);
            for (int i = 0; i < n; i++) {
                int d = a.shiftRight(15 * i).intValue() & 0x7fff;
                u8(d); u8(d >> 8);
            }
        }

        void writeString(String s, int flagBit, int code) {
            boolean ascii = true;
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) { ascii = false; break; }
            if (code < 0) code = ascii ? (s.length() < 256 ? SHORT_ASCII_INTERNED : ASCII_INTERNED) : UNICODE;
            switch (code) {
                case SHORT_ASCII, SHORT_ASCII_INTERNED -> { u8(code | flagBit); u8(s.length()); raw(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)); }
                case ASCII, ASCII_INTERNED -> { u8(code | flagBit); i32(s.length()); raw(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)); }
                default -> { byte[] u = Utf8.encode(s); u8(code | flagBit); i32(u.length); raw(u); }
            }
        }

        void writeCode(CodeObject c, int flagBit) {
            u8(CODE | flagBit);
            i32(c.argcount); i32(c.posonlyargcount); i32(c.kwonlyargcount); i32(c.stacksize); i32(c.flags);
            write(new Const.Bytes(c.code));
            write(new Const.Tuple(java.util.Arrays.asList(c.consts)));
            write(new Const.Tuple(java.util.Arrays.asList((Object[]) c.names)));
            write(new Const.Tuple(java.util.Arrays.asList((Object[]) c.localsplusnames)));
            write(new Const.Bytes(c.localspluskinds));
            write(c.filename); write(c.name); write(c.qualname);
            i32(c.firstlineno);
            write(new Const.Bytes(c.linetable));
            write(new Const.Bytes(c.exceptiontable));
        }
    }
}
