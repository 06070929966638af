package regpy.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Method;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import regpy.engine.EngineHarness;
import regpy.engine.spin.SpinningEngine;
import regpy.objects.*;

/**
 * The exact-type fast paths of the operators (Numbers' per-operator methods, Abstract.binaryOp's
 * per-operator entries, the comparison, truth and subscript heads) give CPython's answers, and
 * leave to the generic path every case they must not decide: int and float subclasses with
 * their own operators, bool, overflow, zero divisors, indexes out of range. The snippet's
 * expected result was produced by CPython 3.13.
 */
class FastPathsTest {

    /** In a function, so that the spun engine compiles it (module code runs on the switch loop). */
    static final String SNIPPET =
            "def run():\n" +
            "    class I(int):\n" +
            "        def __add__(self, o): return 'I.add'\n" +
            "        def __lt__(self, o): return 'I.lt'\n" +
            "    class F(float):\n" +
            "        def __mul__(self, o): return 'F.mul'\n" +
            "    class J(int): pass\n" +
            "    out = []\n" +
            "    out.append(I(3) + 4)\n" +
            "    out.append(4 + I(3))\n" +
            "    out.append(I(3) < 4)\n" +
            "    out.append(F(2.0) * 3.0)\n" +
            "    out.append(type(J(2) + 3).__name__)\n" +
            "    out.append(True + True)\n" +
            "    out.append(type(True + True).__name__)\n" +
            "    out.append(True & False)\n" +
            "    out.append(type(True | False).__name__)\n" +
            "    out.append(2**62 + 2**62)\n" +
            "    out.append(-2**63 - 1)\n" +
            "    out.append(3037000500 * 3037000500)\n" +
            "    out.append(-9223372036854775808 // -1)\n" +
            "    out.append((-7 // 2, -7 % 2, 7 % -2, 7 // -2))\n" +
            "    out.append((1 << 62, 1 << 63, 3 << 70, -1 >> 100, 5 >> 1))\n" +
            "    out.append((5 / 2, (2**53 + 1) / 3, 10 / 4.0, 1.5 + 2, 2 * 1.5, 3 - 0.5))\n" +
            "    out.append((2**53 + 1 > float(2**53), 2**53 + 1 == float(2**53), 1 < 1.5, 2.5 >= 2))\n" +
            "    nan = float('nan')\n" +
            "    out.append((nan == nan, nan != nan, 1 < nan, 1 != nan, nan > 1.0))\n" +
            "    out.append((0 or 5, 0.0 or 'f', 7 and 8, -0.0 or 'z'))\n" +
            "    l = [10, 20, 30]; t = (1, 2, 3)\n" +
            "    out.append((l[0], l[-1], t[-3], t[2]))\n" +
            "    l[-1] = 33; l[0] = 11\n" +
            "    out.append(l)\n" +
            "    for expr in ['1 // 0', '1 % 0', '1 / 0', '1.0 / 0', '1 << -1', 'l[3]', 't[5]', 'l[-4]', 'l.__setitem__(3, 0)', 'l[9] = 0']:\n" +
            "        try:\n" +
            "            if '=' in expr and '__' not in expr: exec(expr)\n" +
            "            else: eval(expr)\n" +
            "            out.append('no error ' + expr)\n" +
            "        except Exception as e:\n" +
            "            out.append(type(e).__name__ + ': ' + str(e))\n" +
            "    acc = 0\n" +
            "    i = 0\n" +
            "    while i < 300:\n" +
            "        acc = (acc + i * 7 + (i >> 3)) & 0xFFFF\n" +
            "        acc += 1\n" +
            "        i += 1\n" +
            "    out.append(acc)\n" +
            "    x = 0.0\n" +
            "    for k in range(200):\n" +
            "        x = x * 0.5 + k / 3\n" +
            "    out.append(x)\n" +
            "    return out\n" +
            "result = run()\n";

    static final String EXPECTED = "['I.add', 7, 'I.lt', 'F.mul', 'int', 2, 'int', False, 'bool', 9223372036854775808, -9223372036854775809, 9223372037000250000, 9223372036854775808, (-4, 1, -1, -4), (4611686018427387904, 9223372036854775808, 3541774862152233910272, -1, 2), (2.5, 3002399751580331.0, 2.5, 3.5, 3.0, 2.5), (True, False, True, True), (False, True, False, True, False), (5, 'f', 8, 'z'), (10, 30, 1, 3), [11, 20, 33], 'ZeroDivisionError: integer division or modulo by zero', 'ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: division by zero', 'ZeroDivisionError: float division by zero', 'ValueError: negative shift count', 'IndexError: list index out of range', 'IndexError: tuple index out of range', 'IndexError: list index out of range', 'IndexError: list assignment index out of range', 'IndexError: list assignment index out of range', 57582, 132.0]";

    @Test void snippetOnEveryEngine() {
        assertEquals(EXPECTED, EngineHarness.stack(SNIPPET), "stack");
        assertEquals(EXPECTED, EngineHarness.register(SNIPPET), "register");
        assertEquals(EXPECTED, EngineHarness.run(SpinningEngine.INSTANCE, SNIPPET), "spin");
    }

    static PyObject op(long a, long b, int op) { return Abstract.binaryOp(PyInt.of(a), PyInt.of(b), op); }

    static String repr(PyObject o) { return Abstract.reprString(o); }

    @Test void intOverflowGoesToBigIntegers() {
        assertEquals(BigInteger.ONE.shiftLeft(63), ((PyInt) op(Long.MAX_VALUE, 1, Abstract.ADD)).toBig());
        assertEquals(BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE), ((PyInt) op(Long.MIN_VALUE, 1, Abstract.SUB)).toBig());
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE).negate(), ((PyInt) op(Long.MIN_VALUE, -1, Abstract.MUL)).toBig());
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE).negate(), ((PyInt) op(Long.MIN_VALUE, -1, Abstract.FLOORDIV)).toBig());
        assertEquals(BigInteger.ONE.shiftLeft(64), ((PyInt) op(1, 64, Abstract.LSHIFT)).toBig());
        assertEquals("-4611686018427387904", repr(op(-1, 62, Abstract.LSHIFT)));
        assertEquals("-9223372036854775808", repr(op(-1, 63, Abstract.LSHIFT)));
        assertEquals("-18446744073709551616", repr(op(-1, 64, Abstract.LSHIFT)));
        assertEquals("-1", repr(op(Long.MIN_VALUE, 200, Abstract.RSHIFT)));
    }

    @Test void inplaceFormsOfExactNumbersAreThePlainOnes() {
        for (int o = 0; o < Abstract.INPLACE; o++) {
            if (o == Abstract.MATMUL) continue;
            assertEquals(repr(op(-17, 5, o)), repr(op(-17, 5, o + Abstract.INPLACE)), "op " + o);
        }
        assertEquals("1.5", repr(Abstract.binaryOp(PyFloat.of(1.0), PyFloat.of(0.5), Abstract.INPLACE + Abstract.ADD)));
    }

    @Test void smallResultsAreTheCachedInts() {
        assertSame(PyInt.of(5), op(2, 3, Abstract.ADD));
        assertSame(PyInt.class, op(1, 1, Abstract.AND).getClass());
        assertSame(PyBool.TRUE, Abstract.binaryOp(PyBool.TRUE, PyBool.TRUE, Abstract.AND), "bool & bool stays bool");
    }

    @Test void trueDivisionRoundsOnceLikeCPython() {
        // 2**53 + 1 is not a double: the fast path declines and the kernel divides exactly
        assertEquals("3002399751580331.0", repr(op((1L << 53) + 1, 3, Abstract.TRUEDIV)));
        assertEquals("0.1", repr(op(1, 10, Abstract.TRUEDIV)));
        assertEquals("-2.5", repr(op(-5, 2, Abstract.TRUEDIV)));
    }

    @Test void comparisonsOfIntsAndFloatsAreExact() {
        PyObject big = PyInt.of((1L << 53) + 1), f = PyFloat.of(0x1p53);
        assertSame(PyBool.TRUE, Abstract.richCompare(big, f, Abstract.GT));
        assertSame(PyBool.FALSE, Abstract.richCompare(f, big, Abstract.GE));
        assertSame(PyBool.FALSE, Abstract.richCompare(big, f, Abstract.EQ));
        PyObject nan = PyFloat.of(Double.NaN);
        for (int o = Abstract.LT; o <= Abstract.GE; o++) {
            boolean expected = o == Abstract.NE;
            assertEquals(expected, Numbers.compare(PyInt.of(1), nan, o) == 1, "1 op nan " + o);
            assertEquals(expected, Numbers.compare(nan, PyInt.of(1), o) == 1, "nan op 1 " + o);
            assertEquals(expected, Numbers.compare(nan, nan, o) == 1, "nan op nan " + o);
        }
        assertEquals(-1, Numbers.compare(PyBool.TRUE, PyInt.of(1), Abstract.EQ), "bool is not taken by the fast path");
        assertSame(PyBool.TRUE, Abstract.richCompare(PyBool.TRUE, PyInt.of(1), Abstract.EQ));
    }

    @Test void everyOperatorMethodExists() throws Exception {
        for (int o = 0; o < 2 * Abstract.INPLACE; o++) {
            Method m = Abstract.class.getMethod(Abstract.binaryOpMethod(o), PyObject.class, PyObject.class, int.class);
            if (o % Abstract.INPLACE == Abstract.MATMUL) continue;
            PyObject viaMethod = (PyObject) m.invoke(null, PyInt.of(12), PyInt.of(5), o);
            assertEquals(repr(Abstract.binaryOp(PyInt.of(12), PyInt.of(5), o)), repr(viaMethod), "op " + o);
        }
    }
}
