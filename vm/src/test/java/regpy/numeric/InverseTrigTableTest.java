package regpy.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** Recomputes InverseTrig's table of atan(k/64) to 45 digits and checks both words of each entry. */
class InverseTrigTableTest {
    /**
     * Euler's series atan(x) = sum 2^2n (n!)^2 / (2n+1)! * x^(2n+1) / (1+x^2)^(n+1), whose terms
     * shrink by at least half each for x <= 1.
     */
    private static BigDecimal atan(BigDecimal x, MathContext mc) {
        if (x.signum() == 0) return BigDecimal.ZERO;
        BigDecimal onePlus = BigDecimal.ONE.add(x.multiply(x));
        BigDecimal ratio = x.multiply(x).divide(onePlus, mc);
        BigDecimal term = x.divide(onePlus, mc), sum = term;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(44);
        for (int n = 0; term.abs().compareTo(eps) > 0; n++) {
            term = term.multiply(ratio).multiply(BigDecimal.valueOf(2L * n + 2)).divide(BigDecimal.valueOf(2L * n + 3), mc);
            sum = sum.add(term, mc);
        }
        return sum;
    }

    @Test
    void tableHoldsAtanOfSixtyFourths() {
        MathContext mc = new MathContext(45);
        assertEquals(65, InverseTrig.ATAN_TABLE.length);
        for (int k = 0; k <= 64; k++) {
            BigDecimal v = atan(BigDecimal.valueOf(k).divide(BigDecimal.valueOf(64)), mc);
            double hi = v.doubleValue(), lo = v.subtract(new BigDecimal(hi)).doubleValue();
            assertEquals(hi, InverseTrig.ATAN_TABLE[k][0], "hi of atan(" + k + "/64)");
            assertEquals(lo, InverseTrig.ATAN_TABLE[k][1], "lo of atan(" + k + "/64)");
        }
        assertEquals(Math.PI / 4, InverseTrig.ATAN_TABLE[64][0]);
    }
}
