package regpy.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** Recomputes AccurateExp's table of 2^(j/64) and checks its contract against known values. */
class ExpTableTest {
    @Test
    void tableHoldsPowersOfTwoToTheJOver64() {
        MathContext mc = new MathContext(50);
        assertEquals(64, AccurateExp.TABLE.length);
        for (int j = 0; j < 64; j++) {
            BigDecimal v = BigDecimal.valueOf(2).pow(j);
            for (int i = 0; i < 6; i++) v = v.sqrt(mc);   // the 64th root
            double hi = v.doubleValue(), lo = v.subtract(new BigDecimal(hi)).doubleValue();
            assertEquals(hi, AccurateExp.TABLE[j][0], "hi of 2^(" + j + "/64)");
            assertEquals(lo, AccurateExp.TABLE[j][1], "lo of 2^(" + j + "/64)");
        }
    }

    @Test
    void edgesOfTheRange() {
        assertTrue(Double.isFinite(AccurateExp.exp(AccurateExp.OVERFLOW)));
        assertEquals(Double.POSITIVE_INFINITY, AccurateExp.exp(710.0));
        assertEquals(Double.MIN_VALUE, AccurateExp.exp(-745.0));
        assertEquals(0.0, AccurateExp.exp(-746.0));
        assertEquals(Math.E, AccurateExp.exp(1.0));
        assertEquals(1.0, AccurateExp.exp(-0.0));
    }
}
