package regpy.numeric;

/**
 * The accumulator builtin sum() uses for floats since Python 3.12: Neumaier's variant of
 * Kahan summation. {@code hi} is the running float sum and {@code lo} collects the rounding
 * error of each addition, added back once at the end.
 */
public final class CompensatedSum {
    private double hi, lo;

    public CompensatedSum(double start) { this.hi = start; }

    public void add(double x) {
        double t = hi + x;
        if (Math.abs(hi) >= Math.abs(x)) lo += (hi - t) + x;
        else lo += (x - t) + hi;
        hi = t;
    }

    /** The sum; the compensation is skipped when zero (keeps -0.0) or non-finite (keeps inf). */
    public double result() {
        return lo != 0.0 && FloatBits.isFinite(lo) ? hi + lo : hi;
    }
}
