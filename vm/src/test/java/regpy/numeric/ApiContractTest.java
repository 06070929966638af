package regpy.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The promises the VM relies on that the CPython-generated cases cannot show: representation
 * (normalised Long/BigInteger), the typed long fast paths, bool and Integer inputs, the
 * incremental hash API, and errors for things CPython would run out of memory on.
 */
class ApiContractTest {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    @Test
    void resultsThatFitComeBackAsLong() {
        assertEquals(5L, IntOps.normalize(BigInteger.valueOf(5)));
        assertInstanceOf(Long.class, IntOps.subtract(TWO_64, TWO_64.subtract(BigInteger.ONE)));
        assertInstanceOf(Long.class, IntOps.floorDivide(TWO_64, TWO_64));
        assertInstanceOf(BigInteger.class, IntOps.add(Long.MAX_VALUE, 1L));
        assertEquals(IntOps.TWO_63, IntOps.negate(Long.MIN_VALUE));
        assertEquals(IntOps.TWO_63, IntOps.floorDivide(Long.MIN_VALUE, -1L));
        assertEquals(Long.MIN_VALUE, IntOps.subtract(-1L, Long.MAX_VALUE));
    }

    @Test
    void overflowDetectionOnTheLongPaths() {
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TWO), IntOps.multiply(Long.MAX_VALUE, 2L));
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE).multiply(BigInteger.valueOf(Long.MIN_VALUE)),
                     IntOps.multiply(Long.MIN_VALUE, Long.MIN_VALUE));
        assertEquals(-6L, IntOps.multiply(-2L, 3L));
        assertEquals(BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE), IntOps.subtract(Long.MIN_VALUE, 1L));
        assertEquals(BigInteger.ONE.shiftLeft(62).pow(2), IntOps.power(1L << 62, 2L));
    }

    @Test
    void boolsAndIntegersAreInts() {
        assertEquals(2L, IntOps.add(true, true));
        assertEquals(-2L, IntOps.invert(true));
        assertEquals(1L, IntOps.multiply(Integer.valueOf(1), Boolean.TRUE));
        assertEquals(NumericHash.hashLong(1), NumericHash.hashInt(true));
        assertEquals(NumericHash.hashDouble(1.0), NumericHash.hashInt(true));
    }

    @Test
    void incrementalTupleHashEqualsArrayForm() {
        long[] hs = {1, -2, NumericHash.hashDouble(0.5), Long.MIN_VALUE};
        long acc = NumericHash.tupleStart();
        for (long h : hs) acc = NumericHash.tupleStep(acc, h);
        assertEquals(NumericHash.hashTuple(hs), NumericHash.tupleFinish(acc, hs.length));
        assertEquals(5740354900026072187L, NumericHash.hashTuple(new long[0]));   // hash(()) in CPython 3.13
    }

    @Test
    void nanHashesAreTheCallersBusiness() {
        assertThrows(IllegalArgumentException.class, () -> NumericHash.hashDouble(Double.NaN));
        assertEquals(42 + 1000003L * NumericHash.hashDouble(1.0), NumericHash.hashComplex(Double.NaN, 1.0, 42));
        assertThrows(IllegalArgumentException.class, () -> IntConversions.compare(1L, Double.NaN));
        assertTrue(!IntConversions.equal(1L, Double.NaN));
    }

    @Test
    void complexPowerIsSignalledNotComputed() {
        assertTrue(FloatOps.powerNeedsComplex(-8.0, 1.0 / 3));
        assertTrue(!FloatOps.powerNeedsComplex(Double.NEGATIVE_INFINITY, 0.5));
        assertTrue(!FloatOps.powerNeedsComplex(-8.0, 3.0));
        assertThrows(IllegalStateException.class, () -> FloatOps.power(-8.0, 0.5));
    }

    @Test
    void hugeResultsAreMemoryOrOverflowErrors() {
        NumericError e = assertThrows(NumericError.class, () -> IntOps.power(2L, 1L << 40));
        assertEquals("MemoryError", e.pythonType());
        e = assertThrows(NumericError.class, () -> IntOps.leftShift(1L, BigInteger.TEN.pow(20)));
        assertEquals("OverflowError: too many digits in integer", e.toString());
        e = assertThrows(NumericError.class, () -> IntOps.leftShift(1L, 1L << 62));
        assertEquals("MemoryError", e.pythonType());
        assertEquals(1L, IntOps.power(1L, TWO_64));
        assertEquals(0L, IntOps.rightShift(TWO_64, TWO_64));
    }

    @Test
    void logAcceptsFloatsAndInts() {
        assertEquals(MathFunctions.log(8.0), MathFunctions.log((Object) 8.0));
        assertEquals(3.0, MathFunctions.log2((Object) 8L));
        assertEquals(3.0, MathFunctions.log(1000L, 10.0), 1e-15);
        assertEquals("math domain error", assertThrows(NumericError.class, () -> MathFunctions.log((Object) 0L)).getMessage());
    }

    @Test
    void compensatedSumKeepsWhatPlainSummingLoses() {
        CompensatedSum s = new CompensatedSum(0.0);
        for (int i = 0; i < 10; i++) s.add(0.1);
        assertEquals(1.0, s.result());
        CompensatedSum inf = new CompensatedSum(0.0);
        inf.add(Double.POSITIVE_INFINITY);
        inf.add(1.0);
        assertEquals(Double.POSITIVE_INFINITY, inf.result());
    }
}
