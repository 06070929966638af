package regpy.code;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * .pyc files (PEP 552): a 16-byte header, then the marshalled module code object.
 *
 * <pre>
 *   0  magic (4 bytes; 3.13: 3571 = f3 0d 0d 0a)
 *   4  flags: 0 = timestamp-based; bit 0 = hash-based, bit 1 = check_source
 *   8  timestamp: source mtime (uint32), source size (uint32)
 *      hash-based: SipHash-1-3 of the source keyed by the magic number (8 bytes)
 * </pre>
 */
public final class Pyc {
    private Pyc() {}

    public static final int MAGIC_NUMBER = 3571;
    /** importlib.util.MAGIC_NUMBER of 3.13. */
    public static final byte[] MAGIC = {(byte) 0xf3, 0x0d, 0x0d, 0x0a};
    public static final int FLAG_HASH_BASED = 1, FLAG_CHECK_SOURCE = 2;

    /** The header fields; for a timestamp pyc {@code hash} is null, else mtime/size are 0. */
    public record Header(int flags, long mtime, long sourceSize, byte[] hash) {
        public boolean hashBased() { return (flags & FLAG_HASH_BASED) != 0; }
        public boolean checkSource() { return (flags & FLAG_CHECK_SOURCE) != 0; }
    }

    public record PycFile(Header header, CodeObject code) {}

    public static class BadPycError extends RuntimeException {
        public BadPycError(String msg) { super(msg); }
    }

    public static Header readHeader(byte[] data) {
        if (data.length < 16) throw new BadPycError("pyc file too short");
        for (int i = 0; i < 4; i++)
            if (data[i] != MAGIC[i]) throw new BadPycError("bad magic number");
        int flags = u32(data, 4) == -1 ? -1 : (int) u32(data, 4);
        if ((flags & ~3) != 0) throw new BadPycError("invalid flags " + flags);
        if ((flags & FLAG_HASH_BASED) != 0)
            return new Header(flags, 0, 0, java.util.Arrays.copyOfRange(data, 8, 16));
        return new Header(flags, u32(data, 8), u32(data, 12), null);
    }

    public static PycFile read(byte[] data) {
        Header h = readHeader(data);
        Object code = Marshal.loads(data, 16);
        if (!(code instanceof CodeObject c)) throw new BadPycError("pyc does not hold a code object");
        return new PycFile(h, c);
    }

    public static PycFile read(Path path) throws IOException { return read(Files.readAllBytes(path)); }

    /** A timestamp-based pyc (what py_compile writes by default). */
    public static byte[] timestampPyc(CodeObject code, long mtime, long sourceSize) {
        byte[] header = new byte[16];
        System.arraycopy(MAGIC, 0, header, 0, 4);
        put32(header, 8, mtime);
        put32(header, 12, sourceSize);
        return concat(header, Marshal.dumps(code));
    }

    /** A hash-based pyc; checkSource makes the importer validate the hash against the source. */
    public static byte[] hashPyc(CodeObject code, byte[] source, boolean checkSource) {
        byte[] header = new byte[16];
        System.arraycopy(MAGIC, 0, header, 0, 4);
        put32(header, 4, FLAG_HASH_BASED | (checkSource ? FLAG_CHECK_SOURCE : 0));
        System.arraycopy(sourceHash(source), 0, header, 8, 8);
        return concat(header, Marshal.dumps(code));
    }

    /** importlib's _imp.source_hash: SipHash-1-3 of the source, key (k0 = magic as little-endian uint32, k1 = 0). */
    public static byte[] sourceHash(byte[] source) {
        long k0 = u32(MAGIC, 0);
        long h = SipHash13.hash(k0, 0, source);
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) out[i] = (byte) (h >>> (8 * i));
        return out;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    private static void put32(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) b[at + i] = (byte) (v >>> (8 * i));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
