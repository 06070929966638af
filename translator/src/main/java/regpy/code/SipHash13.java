package regpy.code;

/** SipHash-1-3 (one compression round, three finalization rounds): CPython's str/bytes hash and keyed source hash. */
public final class SipHash13 {
    private long v0, v1, v2, v3;

    private SipHash13(long k0, long k1) {
        v0 = k0 ^ 0x736f6d6570736575L; v1 = k1 ^ 0x646f72616e646f6dL;
        v2 = k0 ^ 0x6c7967656e657261L; v3 = k1 ^ 0x7465646279746573L;
    }

    private void round() {
        v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
        v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
    }

    private void compress(long m) { v3 ^= m; round(); v0 ^= m; }

    public static long hash(long k0, long k1, byte[] src) {
        SipHash13 s = new SipHash13(k0, k1);
        int n = src.length, full = n & ~7;
        for (int i = 0; i < full; i += 8) s.compress(le64(src, i, 8));
        s.compress(((long) n << 56) | le64(src, full, n - full));
        s.v2 ^= 0xff;
        for (int r = 0; r < 3; r++) s.round();
        return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
    }

    private static long le64(byte[] b, int at, int len) {
        long v = 0;
        for (int i = 0; i < len; i++) v |= (b[at + i] & 0xffL) << (8 * i);
        return v;
    }
}
