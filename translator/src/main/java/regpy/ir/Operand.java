package regpy.ir;

/**
 * An IR operand, encoded in one int so that instructions stay flat arrays (cheap to bind into
 * MethodHandles or to spin into bytecode):
 *
 * <pre>
 *   kind REG   (0)  R[i]  a frame register: i &lt; nlocalsplus is a fast local / cell / free slot
 *                         (co_localsplus order), the rest are temporaries (see {@link IrFunction})
 *   kind CONST (1)  K[i]  co_consts[i]
 *   kind NULL  (2)        the NULL of CPython's stack (PUSH_NULL, the "self or NULL" slot of CALL)
 * </pre>
 * A register operand is its register number, so {@code operand == register} for registers.
 */
public final class Operand {
    private Operand() {}

    public static final int KIND_SHIFT = 24, INDEX_MASK = (1 << KIND_SHIFT) - 1;
    public static final int REG = 0, CONST = 1, NULL_KIND = 2;
    public static final int NULL = NULL_KIND << KIND_SHIFT;

    public static int reg(int r) {
        if (r < 0 || r > INDEX_MASK) throw new IllegalArgumentException("register " + r);
        return r;
    }

    public static int constant(int k) {
        if (k < 0 || k > INDEX_MASK) throw new IllegalArgumentException("constant " + k);
        return (CONST << KIND_SHIFT) | k;
    }

    public static int kind(int operand) { return operand >>> KIND_SHIFT; }
    public static int index(int operand) { return operand & INDEX_MASK; }
    public static boolean isReg(int operand) { return kind(operand) == REG; }
    public static boolean isConst(int operand) { return kind(operand) == CONST; }
    public static boolean isNull(int operand) { return operand == NULL; }

    /** "r3", "k1" or "null". */
    public static String toString(int operand) {
        return switch (kind(operand)) {
            case REG -> "r" + index(operand);
            case CONST -> "k" + index(operand);
            default -> "null";
        };
    }
}
