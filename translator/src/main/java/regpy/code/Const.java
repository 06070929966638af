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
 *   str                -> String (code points outside the BMP as surrogate pairs)
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
