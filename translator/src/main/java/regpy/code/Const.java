package regpy.code;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Compile-time constant values, shared by the AST ({@code Constant.value}), code objects
 * ({@code co_consts}) and marshal. The translator knows nothing of the VM's object model,
 * so constants are plain Java values; the VM converts them once per code object.
 *
 * <pre>
 *   None, Ellipsis     -> Const.NONE, Const.ELLIPSIS
 *   bool               -> Boolean
 *   int                -> Long when it fits in 64 bits, else BigInteger (always normalised)
 *   float              -> Double
 *   complex            -> Const.Complex
 *   str                -> String (code points outside the BMP as surrogate pairs), or
 *                         Const.Str when a lone high surrogate is followed by a lone low
 *                         one ('\ud800\udc00': two code points a String would read as one)
 *   bytes              -> Const.Bytes
 *   tuple, frozenset   -> Const.Tuple, Const.FrozenSet
 *   code               -> CodeObject
 * </pre>
 */
public final class Const {
    private Const() {}

    /** Python's None and Ellipsis. */
    public enum Singleton {
        NONE("None"), ELLIPSIS("Ellipsis");
        private final String repr;
        Singleton(String repr) { this.repr = repr; }
        @Override public String toString() { return repr; }
    }

    public static final Singleton NONE = Singleton.NONE;
    public static final Singleton ELLIPSIS = Singleton.ELLIPSIS;

    public record Complex(double real, double imag) {}

    public record Bytes(byte[] data) {
        @Override public boolean equals(Object o) { return o instanceof Bytes b && Arrays.equals(data, b.data); }
        @Override public int hashCode() { return Arrays.hashCode(data); }
        @Override public String toString() { return Repr.bytes(data); }
    }

    /**
     * A str that a Java String cannot hold: it has a high surrogate code point directly followed
     * by a low surrogate code point (which UTF-16 would read as one astral character). Rare (only
     * escapes make them), so every other str stays a String; {@link ConstStr} builds, joins and
     * inspects both forms and never makes a Str that a String could hold.
     */
    public record Str(int[] codePoints) {
        @Override public boolean equals(Object o) { return o instanceof Str s && Arrays.equals(codePoints, s.codePoints); }
        @Override public int hashCode() { return Arrays.hashCode(codePoints); }
        @Override public String toString() { return Repr.str(codePoints); }
    }

    public record Tuple(List<Object> items) {
        public Tuple { items = List.copyOf(items); }
    }

    public record FrozenSet(List<Object> items) {
        public FrozenSet { items = List.copyOf(items); }
    }

    /** An int constant in normal form: Long when it fits, else BigInteger. */
    public static Object integer(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }
}
