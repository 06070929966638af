package regpy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The floating-point fast paths of FloatFormat must agree with exact BigDecimal rounding on
 * every input: random doubles of all magnitudes, plus values on and next to decimal ties.
 */
class FloatFastPathTest {
    private static double sample(SplittableRandom rnd, int i) {
        return switch (i % 4) {
            case 0 -> rnd.nextDouble() * Math.pow(10, rnd.nextInt(-25, 25));
            case 1 -> Math.abs(Double.longBitsToDouble(rnd.nextLong()));
            case 2 -> (rnd.nextInt(1, 100000) + 0.5) / Math.pow(10, rnd.nextInt(0, 8)); // near decimal ties
            default -> rnd.nextInt(0, 1 << 20) / 1024.0;                               // exact binary ties
        };
    }

    @Test
    void fixedAgreesWithExactRounding() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 15_000; i++) {
            double x = sample(rnd, i);
            if (Double.isNaN(x) || Double.isInfinite(x)) continue;
            int prec = rnd.nextInt(0, 23);
            assertEquals(FloatFormat.fixedExact(x, prec), FloatFormat.fixedForTest(x, prec), "x=" + x + " prec=" + prec);
        }
    }

    @Test
    void significantDigitsAgreeWithExactRounding() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 15_000; i++) {
            double x = sample(rnd, i);
            if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) continue;
            int n = rnd.nextInt(1, 18);
            assertEquals(FloatFormat.significantExact(x, n), FloatFormat.significantForTest(x, n), "x=" + x + " n=" + n);
        }
    }
}
