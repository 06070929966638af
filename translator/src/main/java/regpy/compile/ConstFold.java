package regpy.compile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import regpy.ast.Operator;
import regpy.ast.Unaryop;
import regpy.code.Const;
import regpy.code.ConstStr;

/**
 * Python semantics of the operators the AST optimizer folds, on {@link Const} values. A null
 * result means "do not fold" (an exception at run time, an unsupported type, or a result over
 * CPython's folding limits).
 */
final class ConstFold {
    private ConstFold() {}

    static final int MAX_INT_SIZE = 128, MAX_COLLECTION_SIZE = 256, MAX_STR_SIZE = 4096, MAX_TOTAL_ITEMS = 1024;

    private static boolean isInt(Object v) { return v instanceof Long || v instanceof BigInteger || v instanceof Boolean; }

    private static BigInteger big(Object v) {
        if (v instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        if (v instanceof Long l) return BigInteger.valueOf(l);
        return (BigInteger) v;
    }

    private static Double toDouble(Object v) {
        if (v instanceof Double d) return d;
        if (isInt(v)) {
            BigInteger b = big(v);
            double d = b.doubleValue();
            return Double.isInfinite(d) ? null : d;
        }
        return null;
    }

    static Object unary(Unaryop op, Object v) {
        switch (op) {
            case Not -> { return !Truth.isTrue(v); }
            case UAdd -> {
                if (isInt(v)) return Const.integer(big(v));
                if (v instanceof Double || v instanceof Const.Complex) return v;
                return null;
            }
            case USub -> {
                if (isInt(v)) return Const.integer(big(v).negate());
                if (v instanceof Double d) return -d;
                if (v instanceof Const.Complex c) return new Const.Complex(-c.real(), -c.imag());
                return null;
            }
            case Invert -> { return isInt(v) ? Const.integer(big(v).not()) : null; }
        }
        return null;
    }

    static Object binop(Operator op, Object l, Object r) {
        try {
            return switch (op) {
                case Add -> add(l, r);
                case Sub -> arith(l, r, 0);
                case Mult -> mul(l, r);
                case Div -> trueDiv(l, r);
                case FloorDiv -> floorDivMod(l, r, true);
                case Mod -> (l instanceof String || l instanceof Const.Bytes) ? null : floorDivMod(l, r, false);
                case Pow -> pow(l, r);
                case LShift -> shift(l, r, true);
                case RShift -> shift(l, r, false);
                case BitOr -> isInt(l) && isInt(r) ? bitop(l, r, 0) : null;
                case BitXor -> isInt(l) && isInt(r) ? bitop(l, r, 1) : null;
                case BitAnd -> isInt(l) && isInt(r) ? bitop(l, r, 2) : null;
                case MatMult -> null;
            };
        } catch (ArithmeticException ex) {
            return null;
        }
    }

    private static Object bitop(Object l, Object r, int which) {
        if (l instanceof Boolean a && r instanceof Boolean b)
            return switch (which) { case 0 -> a | b; case 1 -> a ^ b; default -> a & b; };
        BigInteger a = big(l), b = big(r);
        return Const.integer(switch (which) { case 0 -> a.or(b); case 1 -> a.xor(b); default -> a.and(b); });
    }

    private static Object add(Object l, Object r) {
        if (ConstStr.isStr(l) && ConstStr.isStr(r)) return ConstStr.concat(l, r);
        if (l instanceof Const.Bytes a && r instanceof Const.Bytes b) {
            byte[] out = java.util.Arrays.copyOf(a.data(), a.data().length + b.data().length);
            System.arraycopy(b.data(), 0, out, a.data().length, b.data().length);
            return new Const.Bytes(out);
        }
        if (l instanceof Const.Tuple a && r instanceof Const.Tuple b) {
            List<Object> out = new ArrayList<>(a.items());
            out.addAll(b.items());
            return new Const.Tuple(out);
        }
        return arith(l, r, 1);
    }

    /** sign = 1 add, 0 subtract. */
    private static Object arith(Object l, Object r, int add) {
        if (isInt(l) && isInt(r)) return Const.integer(add == 1 ? big(l).add(big(r)) : big(l).subtract(big(r)));
        if (l instanceof Const.Complex || r instanceof Const.Complex) {
            Const.Complex a = complex(l), b = complex(r);
            if (a == null || b == null) return null;
            return add == 1 ? new Const.Complex(a.real() + b.real(), a.imag() + b.imag())
                    : new Const.Complex(a.real() - b.real(), a.imag() - b.imag());
        }
        Double a = toDouble(l), b = toDouble(r);
        if (a == null || b == null) return null;
        return add == 1 ? a + b : a - b;
    }

    private static Const.Complex complex(Object v) {
        if (v instanceof Const.Complex c) return c;
        Double d = toDouble(v);
        return d == null ? null : new Const.Complex(d, 0.0);
    }

    private static Object mul(Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l), b = big(r);
            if (a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_SIZE) return null;
            return Const.integer(a.multiply(b));
        }
        if (isInt(r) && (ConstStr.isStr(l) || l instanceof Const.Bytes || l instanceof Const.Tuple)) return mul(r, l);
        if (isInt(l) && (ConstStr.isStr(r) || r instanceof Const.Bytes || r instanceof Const.Tuple)) {
            BigInteger nb = big(l);
            int size = ConstStr.isStr(r) ? ConstStr.length(r) : r instanceof Const.Bytes b ? b.data().length
                    : ((Const.Tuple) r).items().size();
            long n = nb.bitLength() > 62 ? Long.MAX_VALUE : nb.longValue();
            if (size > 0) {
                int limit = r instanceof Const.Tuple ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
                if (n < 0 || n > limit / size) return null;
            }
            int times = (int) Math.max(0, Math.min(n, Integer.MAX_VALUE));
            if (ConstStr.isStr(r)) return ConstStr.repeat(r, size == 0 ? 0 : times);
            if (r instanceof Const.Bytes b) {
                byte[] out = new byte[b.data().length * (size == 0 ? 0 : times)];
                for (int i = 0; i < out.length; i++) out[i] = b.data()[i % b.data().length];
                return new Const.Bytes(out);
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < (size == 0 ? 0 : times); i++) out.addAll(((Const.Tuple) r).items());
            return new Const.Tuple(out);
        }
        if (l instanceof Const.Complex || r instanceof Const.Complex) {
            Const.Complex a = complex(l), b = complex(r);
            if (a == null || b == null) return null;
            return new Const.Complex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
        }
        Double a = toDouble(l), b = toDouble(r);
        if (a == null || b == null) return null;
        return a * b;
    }

    private static Object trueDiv(Object l, Object r) {
        if (l instanceof Const.Complex || r instanceof Const.Complex) {
            Const.Complex a = complex(l), b = complex(r);
            return a == null || b == null ? null : complexQuot(a, b);
        }
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l), b = big(r);
            if (b.signum() == 0) return null;
            if (a.bitLength() <= 53 && b.bitLength() <= 53) return a.doubleValue() / b.doubleValue();
            double d = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(80)).doubleValue();
            return Double.isInfinite(d) ? null : d;
        }
        Double a = toDouble(l), b = toDouble(r);
        if (a == null || b == null || b == 0.0) return null;
        return a / b;
    }

    /** CPython's _Py_c_quot (scaled division); null where CPython raises ZeroDivisionError. */
    private static Object complexQuot(Const.Complex a, Const.Complex b) {
        double absR = Math.abs(b.real()), absI = Math.abs(b.imag());
        if (absR >= absI) {
            if (absR == 0.0) return null;
            double ratio = b.imag() / b.real(), denom = b.real() + b.imag() * ratio;
            return new Const.Complex((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
        }
        if (absI >= absR) {
            double ratio = b.real() / b.imag(), denom = b.real() * ratio + b.imag();
            return new Const.Complex((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
        }
        return new Const.Complex(Double.NaN, Double.NaN);
    }

    private static Const.Complex prod(Const.Complex a, Const.Complex b) {
        return new Const.Complex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    }

    /** complex_pow: small integral exponents by repeated squaring, else the polar formula. */
    private static Object complexPow(Const.Complex a, Const.Complex b) {
        Const.Complex one = new Const.Complex(1.0, 0.0);
        Const.Complex r;
        if (b.imag() == 0.0 && b.real() == Math.floor(b.real()) && Math.abs(b.real()) <= 100.0) {
            long n = (long) b.real();
            long m = Math.abs(n), mask = 1;
            Const.Complex acc = one, p = a;
            while (mask > 0 && m >= mask) {
                if ((m & mask) != 0) acc = prod(acc, p);
                mask <<= 1;
                p = prod(p, p);
            }
            if (n > 0) r = acc;
            else {
                Object q = complexQuot(one, acc);
                if (q == null) return null;
                r = (Const.Complex) q;
            }
        } else if (b.real() == 0.0 && b.imag() == 0.0) {
            r = one;
        } else if (a.real() == 0.0 && a.imag() == 0.0) {
            if (b.imag() != 0.0 || b.real() < 0.0) return null;
            r = new Const.Complex(0.0, 0.0);
        } else {
            double vabs = Math.hypot(a.real(), a.imag());
            double len = Math.pow(vabs, b.real());
            double at = Math.atan2(a.imag(), a.real());
            double phase = at * b.real();
            if (b.imag() != 0.0) { len /= Math.exp(at * b.imag()); phase += b.imag() * Math.log(vabs); }
            r = new Const.Complex(len * Math.cos(phase), len * Math.sin(phase));
        }
        if (Double.isInfinite(r.real()) || Double.isInfinite(r.imag())) return null;
        return r;
    }

    private static Object floorDivMod(Object l, Object r, boolean div) {
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l), b = big(r);
            if (b.signum() == 0) return null;
            BigInteger[] qr = a.divideAndRemainder(b);
            BigInteger q = qr[0], m = qr[1];
            if (m.signum() != 0 && (m.signum() != b.signum())) { q = q.subtract(BigInteger.ONE); m = m.add(b); }
            return Const.integer(div ? q : m);
        }
        if (l instanceof Const.Complex || r instanceof Const.Complex) return null;
        Double a = toDouble(l), b = toDouble(r);
        if (a == null || b == null || b == 0.0) return null;
        double mod = a % b;
        double d = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) { mod += b; d -= 1.0; }
        } else {
            mod = Math.copySign(0.0, b);
        }
        if (!div) return mod;
        double floordiv;
        if (d != 0) {
            floordiv = Math.floor(d);
            if (d - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }

    private static Object pow(Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l), b = big(r);
            if (b.signum() < 0) {
                if (a.signum() == 0) return null;
                Double da = toDouble(l);
                if (da == null) return null;
                double v = Math.pow(da, b.doubleValue());
                return Double.isInfinite(v) ? null : v;
            }
            if (a.signum() != 0 && b.signum() > 0) {
                if (b.bitLength() > 31) return null;
                if ((long) a.bitLength() > MAX_INT_SIZE / b.longValue()) return null;
            }
            return Const.integer(a.pow(b.intValueExact()));
        }
        if (l instanceof Const.Complex || r instanceof Const.Complex) {
            Const.Complex a = complex(l), b = complex(r);
            return a == null || b == null ? null : complexPow(a, b);
        }
        Double a = toDouble(l), b = toDouble(r);
        if (a == null || b == null) return null;
        if (a == 0.0 && b < 0) return null;
        if (a < 0 && b != Math.rint(b)) return null;
        double v = Math.pow(a, b);
        if (Double.isInfinite(v) && !Double.isInfinite(a) && !Double.isInfinite(b)) return null;
        return v;
    }

    private static Object shift(Object l, Object r, boolean left) {
        if (!isInt(l) || !isInt(r)) return null;
        BigInteger a = big(l), b = big(r);
        if (b.signum() < 0) return null;
        if (left) {
            if (a.signum() != 0 && b.signum() != 0) {
                if (b.bitLength() > 31 || b.intValue() > MAX_INT_SIZE || a.bitLength() > MAX_INT_SIZE - b.intValue()) return null;
            }
            return Const.integer(a.signum() == 0 ? BigInteger.ZERO : a.shiftLeft(b.intValue()));
        }
        if (b.bitLength() > 31) return Const.integer(a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO);
        return Const.integer(a.shiftRight(b.intValue()));
    }

    static Object subscript(Object v, Object index) {
        if (!(index instanceof Long || index instanceof Boolean)) return null;
        long i = index instanceof Boolean b ? (b ? 1 : 0) : (Long) index;
        if (v instanceof String s) {
            int[] cps = s.codePoints().toArray();
            if (i < 0) i += cps.length;
            if (i < 0 || i >= cps.length) return null;
            return new String(cps, (int) i, 1);
        }
        if (v instanceof Const.Bytes b) {
            if (i < 0) i += b.data().length;
            if (i < 0 || i >= b.data().length) return null;
            return (long) (b.data()[(int) i] & 0xff);
        }
        if (v instanceof Const.Tuple t) {
            if (i < 0) i += t.items().size();
            if (i < 0 || i >= t.items().size()) return null;
            return t.items().get((int) i);
        }
        return null;
    }

    // ---- frozenset order -------------------------------------------------------------------------

    private static Object key(Object v) {
        if (v instanceof Boolean b) return b ? 1L : 0L;
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9e15) return (long) (double) d;
        return v;
    }

    /**
     * The items of a frozenset built from these constants, duplicates dropped, in CPython's
     * iteration order where that is predictable (small ints: hash order in the hash table).
     */
    static List<Object> dedupe(List<Object> items) {
        List<Object> out = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        for (Object v : items) {
            Object k = key(v);
            if (!keys.contains(k)) { keys.add(k); out.add(v); }
        }
        for (Object v : out) if (!regpy.code.SetOrder.hashable(v)) return out;
        // CPython builds the set from the literal's items (ast_opt) and rebuilds it in iteration
        // order when merging constants; each rebuild can move colliding members. Code-object
        // creation rebuilds it once more when interning replaced a member: that happens to
        // identifier-like strings of two or more characters (single characters are static
        // singletons, already interned). A string whose interned twin does not exist yet is not
        // replaced, which this cannot know: the common case (it exists) is assumed.
        List<Object> order = regpy.code.SetOrder.order(regpy.code.SetOrder.order(out));
        for (Object v : out) {
            if (v instanceof String str && str.length() > 1 && isNameChars(str)) return regpy.code.SetOrder.order(order);
        }
        return order;
    }

    /** all_name_chars: ASCII letters, digits and underscores only (the strings code objects intern). */
    private static boolean isNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) return false;
        }
        return true;
    }
}
