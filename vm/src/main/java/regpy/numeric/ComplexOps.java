package regpy.numeric;

/**
 * Complex arithmetic as CPython 3.13 computes it: the textbook product, Smith's division,
 * repeated squaring for small integral powers and the polar form otherwise. Addition and
 * subtraction are componentwise and left to the VM.
 */
public final class ComplexOps {
    private ComplexOps() {}

    public static Complex multiply(double ar, double ai, double br, double bi) {
        return new Complex(ar * br - ai * bi, ar * bi + ai * br);
    }

    public static Complex divide(double ar, double ai, double br, double bi) {
        Complex q = quotient(ar, ai, br, bi);
        if (q == null) throw NumericError.zeroDivision("complex division by zero");
        return q;
    }

    /**
     * Smith's algorithm: divide through by the larger of |br|, |bi| so that the intermediate
     * products cannot overflow needlessly. Null for a zero divisor.
     */
    private static Complex quotient(double ar, double ai, double br, double bi) {
        double absR = Math.abs(br), absI = Math.abs(bi);
        if (absR >= absI) {
            if (absR == 0) return null;
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new Complex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absI >= absR) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new Complex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return new Complex(Double.NaN, Double.NaN);   // a NaN in the divisor
    }

    /** abs(z): infinite if either part is, else NaN if either is, else the exact hypotenuse. */
    public static double abs(double re, double im) {
        if (Double.isInfinite(re) || Double.isInfinite(im)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(re) || Double.isNaN(im)) return Double.NaN;
        double r = PreciseSums.hypot(re, im);
        if (Double.isInfinite(r)) throw NumericError.overflow("absolute value too large");
        return r;
    }

    /** a ** b; a three-argument pow() on complex is the VM's TypeError/ValueError. */
    public static Complex power(double ar, double ai, double br, double bi) {
        Complex r;
        if (bi == 0 && br == (long) br && Math.abs(br) <= 100.0) r = integerPower(ar, ai, (long) br);
        else r = polarPower(ar, ai, br, bi);
        if (r == null) throw NumericError.zeroDivision("0.0 to a negative or complex power");
        if (Double.isInfinite(r.real()) || Double.isInfinite(r.imag()))
            throw NumericError.overflow("complex exponentiation");
        return r;
    }

    /** Null signals a zero base with a negative exponent (C's EDOM). */
    private static Complex integerPower(double ar, double ai, long n) {
        if (n >= 0) return unsignedPower(ar, ai, n);
        Complex d = unsignedPower(ar, ai, -n);
        return quotient(1.0, 0.0, d.real(), d.imag());
    }

    /** Binary powering by squaring, multiplying in the factors whose bit is set in n. */
    private static Complex unsignedPower(double ar, double ai, long n) {
        double rr = 1.0, ri = 0.0, pr = ar, pi = ai;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new Complex(rr, ri);
    }

    private static Complex polarPower(double ar, double ai, double br, double bi) {
        if (br == 0 && bi == 0) return Complex.ONE;
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) return null;
            return new Complex(0.0, 0.0);
        }
        double vabs = PreciseSums.hypot(ar, ai);
        double len = Libm.pow(vabs, br);
        double at = Libm.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Libm.exp(at * bi);
            phase += bi * Libm.log(vabs);
        }
        // C's cos/sin of an infinite phase set EDOM, which CPython reports as this error.
        if (Double.isInfinite(phase)) return null;
        return new Complex(len * Libm.cos(phase), len * Libm.sin(phase));
    }
}
