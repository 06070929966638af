package regpy.objects;

/** bytes (immutable) and bytearray (mutable; guarded by the monitor). */
public class PyBytes extends PyObject {
    private byte[] data;
    private int size;
    private final boolean mutable;

    public PyBytes(byte[] data) { this(data, false); }
    public PyBytes(byte[] data, boolean mutable) { this.data = data; this.size = data.length; this.mutable = mutable; }

    public static PyBytes bytearray(byte[] data) { return new PyBytes(data, true); }

    @Override public PyType type() { return mutable ? Types.BYTEARRAY : Types.BYTES; }
    public boolean isMutable() { return mutable; }
    public synchronized int size() { return size; }
    /** The contents (a copy for bytearray, the array itself for bytes). */
    public synchronized byte[] bytes() { return mutable || size != data.length ? java.util.Arrays.copyOf(data, size) : data; }
    public synchronized int get(int i) { return data[i] & 0xff; }
    public synchronized void set(int i, int v) { data[i] = (byte) v; }
    public synchronized void setAll(byte[] d) { data = d; size = d.length; }
    public synchronized void append(int v) {
        if (size == data.length) data = java.util.Arrays.copyOf(data, Math.max(8, size * 2));
        data[size++] = (byte) v;
    }

    public static final class Sub extends PyBytes {
        private final PyType type;
        private final PyDict dict;
        public Sub(PyType type, byte[] d, boolean mutable) { super(d, mutable); this.type = type; this.dict = type.instanceDict ? new PyDict() : null; }
        @Override public PyType type() { return type; }
        @Override public PyDict getDict() { return dict; }
    }
}
