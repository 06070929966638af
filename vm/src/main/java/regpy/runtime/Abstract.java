package regpy.runtime;

import regpy.objects.*;

/**
 * The abstract operations every engine calls: operators, comparisons, truth, hashing,
 * repr/str, subscripts, containment, length, calls. Attribute access lives in {@link Attr},
 * iteration in {@link Iter}, argument binding in {@link Args}. Exact builtin types take fast
 * paths; everything else goes through the special methods found on the type's MRO.
 */
public final class Abstract {
    private Abstract() {}

    public static final PyObject NONE = PySingleton.NONE;
    public static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    // ---- truth, repr, str, hash ----------------------------------------------------------------

    /** bool(o). The head (bool, None, exact int and float) is small enough to inline everywhere. */
    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == NONE) return false;
        Class<?> c = o.getClass();
        if (c == PyInt.class) return ((PyInt) o).signum() != 0;
        if (c == PyFloat.class) return ((PyFloat) o).value != 0;
        return isTrueSlow(o, c);
    }

    private static boolean isTrueSlow(PyObject o, Class<?> c) {
        if (c == PyStr.class) return !((PyStr) o).value.isEmpty();
        if (c == PyList.class) return ((PyList) o).size() != 0;
        if (c == PyTuple.class) return ((PyTuple) o).size() != 0;
        if (c == PyDict.class) return ((PyDict) o).size() != 0;
        PyType t = o.type();
        PyObject f = t.lookup("__bool__");
        if (f != null) {
            PyObject r = Calls.callDescr(f, o);
            if (r instanceof PyBool) return r == PyBool.TRUE;
            throw Errors.typeError("__bool__ should return bool, returned " + r.type().getName());
        }
        f = t.lookup("__len__");
        if (f != null) return lenResult(Calls.callDescr(f, o)) != 0;
        return true;
    }

    public static PyStr repr(PyObject o) {
        if (o.getClass() == PyStr.class) return PyStr.of(regpy.code.Repr.str(((PyStr) o).value));
        if (o.getClass() == PyInt.class) { PyInt i = (PyInt) o; return PyStr.of(i.big != null ? i.big.toString() : Long.toString(i.value)); }
        PyObject f = o.type().lookup("__repr__");
        PyObject r = Calls.callDescr(f, o);
        if (r instanceof PyStr s) return s;
        throw Errors.typeError("__repr__ returned non-string (type " + r.type().getName() + ")");
    }

    public static PyStr str(PyObject o) {
        if (o.getClass() == PyStr.class) return (PyStr) o;
        PyObject f = o.type().lookup("__str__");
        PyObject r = Calls.callDescr(f, o);
        if (r instanceof PyStr s) return s;
        throw Errors.typeError("__str__ returned non-string (type " + r.type().getName() + ")");
    }

    public static String reprString(PyObject o) { return repr(o).value; }
    public static String strString(PyObject o) { return str(o).value; }

    public static long hash(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyStr.class) return ((PyStr) o).hash();
        if (c == PyInt.class || c == PyBool.class) return Numbers.hashInt((PyInt) o);
        if (c == PyFloat.class) return Numbers.hashFloat(((PyFloat) o).value);
        PyObject f = o.type().lookup("__hash__");
        if (f == null || f == NONE) throw Errors.typeError("unhashable type: '" + o.type().getName() + "'");
        PyObject r = Calls.callDescr(f, o);
        if (!(r instanceof PyInt i)) throw Errors.typeError("__hash__ method should return an integer");
        long h = i.big != null ? Numbers.hashInt(i) : i.value;
        return h == -1 ? -2 : h;
    }

    // ---- comparisons ---------------------------------------------------------------------------

    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    static final int[] CMP_SWAP = {GT, GE, EQ, NE, LT, LE};
    static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};

    /** a OP b: exact ints and floats inline ({@link Numbers#compare}), everything else out of line. */
    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        int r = Numbers.compare(a, b, op);
        return r >= 0 ? PyBool.of(r != 0) : richCompareSlow(a, b, op);
    }

    private static PyObject richCompareSlow(PyObject a, PyObject b, int op) {
        Class<?> ca = a.getClass();
        if (ca == b.getClass()) {
            if (ca == PyInt.class) {
                PyInt x = (PyInt) a, y = (PyInt) b;
                return PyBool.of(cmpResult(x.toBig().compareTo(y.toBig()), op));
            }
            if (ca == PyStr.class) {
                String x = ((PyStr) a).value, y = ((PyStr) b).value;
                if (op == EQ) return PyBool.of(x.equals(y));
                if (op == NE) return PyBool.of(!x.equals(y));
                return PyBool.of(cmpResult(regpy.text.CodePoints.compare(x, y), op));
            }
        }
        PyType ta = a.type(), tb = b.type();
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtype(ta)) {
            PyObject rf = tb.lookup(CMP_NAMES[CMP_SWAP[op]]);
            if (rf != null && rf != ta.lookup(CMP_NAMES[CMP_SWAP[op]])) {
                checkedReverse = true;
                PyObject r = Calls.callDescr(rf, b, a);
                if (r != NI) return r;
            }
        }
        PyObject f = ta.lookup(CMP_NAMES[op]);
        if (f != null) {
            PyObject r = Calls.callDescr(f, a, b);
            if (r != NI) return r;
        }
        if (!checkedReverse) {
            PyObject rf = tb.lookup(CMP_NAMES[CMP_SWAP[op]]);
            if (rf != null) {
                PyObject r = Calls.callDescr(rf, b, a);
                if (r != NI) return r;
            }
        }
        if (op == EQ) return PyBool.of(a == b);
        if (op == NE) return PyBool.of(a != b);
        throw Errors.typeError("'" + CMP_SYMBOLS[op] + "' not supported between instances of '"
                + ta.getName() + "' and '" + tb.getName() + "'");
    }

    static boolean cmpResult(int c, int op) {
        return switch (op) {
            case LT -> c < 0; case LE -> c <= 0; case EQ -> c == 0; case NE -> c != 0; case GT -> c > 0; default -> c >= 0;
        };
    }

    public static boolean richCompareBool(PyObject a, PyObject b, int op) {
        if (a == b) { if (op == EQ) return true; if (op == NE) return false; }
        return isTrue(richCompare(a, b, op));
    }

    /** a == b as containers test it: identity first, then __eq__. */
    public static boolean richEqBool(PyObject a, PyObject b) {
        return a == b || isTrue(richCompare(a, b, EQ));
    }

    // ---- binary operators --------------------------------------------------------------------

    public static final int ADD = 0, AND = 1, FLOORDIV = 2, LSHIFT = 3, MATMUL = 4, MUL = 5, MOD = 6, OR = 7,
            POW = 8, RSHIFT = 9, SUB = 10, TRUEDIV = 11, XOR = 12, INPLACE = 13;
    static final String[] OP_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
            "rshift", "sub", "truediv", "xor"};
    static final String[] OP_SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    static final String[] DUNDER = new String[13], RDUNDER = new String[13], IDUNDER = new String[13];
    static {
        for (int i = 0; i < 13; i++) {
            DUNDER[i] = "__" + OP_NAMES[i] + "__";
            RDUNDER[i] = "__r" + OP_NAMES[i] + "__";
            IDUNDER[i] = "__i" + OP_NAMES[i] + "__";
        }
    }

    /**
     * BINARY_OP with CPython's oparg numbering (13 and up are the in-place forms): one method per
     * operator below, or the generic path. Engines whose op is known when they compile a site
     * (the spun classes) should call the operator's own method ({@link #binaryOpMethod}):
     * binaryOp itself, compiled on its own with every operator inlined, is too big for C2 to
     * inline into a caller ("already compiled into a big method"), and its switch profile mixes
     * the operators of every site.
     */
    public static PyObject binaryOp(PyObject a, PyObject b, int op) {
        return switch (op) {
            case ADD, INPLACE + ADD -> add(a, b, op);
            case SUB, INPLACE + SUB -> sub(a, b, op);
            case MUL, INPLACE + MUL -> mul(a, b, op);
            case TRUEDIV, INPLACE + TRUEDIV -> trueDiv(a, b, op);
            case FLOORDIV, INPLACE + FLOORDIV -> floorDiv(a, b, op);
            case MOD, INPLACE + MOD -> mod(a, b, op);
            case AND, INPLACE + AND -> and(a, b, op);
            case OR, INPLACE + OR -> or(a, b, op);
            case XOR, INPLACE + XOR -> xor(a, b, op);
            case LSHIFT, INPLACE + LSHIFT -> lshift(a, b, op);
            case RSHIFT, INPLACE + RSHIFT -> rshift(a, b, op);
            default -> binaryOpGeneric(a, b, op);
        };
    }

    /**
     * The name of the static method of this class that performs BINARY_OP oparg {@code op}, with
     * the signature (PyObject, PyObject, int) -> PyObject, called with the same oparg.
     */
    public static String binaryOpMethod(int op) {
        return switch (op >= INPLACE ? op - INPLACE : op) {
            case ADD -> "add"; case SUB -> "sub"; case MUL -> "mul"; case TRUEDIV -> "trueDiv";
            case FLOORDIV -> "floorDiv"; case MOD -> "mod"; case AND -> "and"; case OR -> "or";
            case XOR -> "xor"; case LSHIFT -> "lshift"; case RSHIFT -> "rshift";
            default -> "binaryOp";
        };
    }

    // One entry per operator: exact int and float operands take Numbers' fast path (the in-place
    // forms of int and float are the plain ones: neither type has __iadd__ & co.); everything
    // else, and every case the fast path declines (overflow, zero divisors), the generic path.
    // op is the BINARY_OP oparg, the plain or the in-place form of the method's operator.

    public static PyObject add(PyObject a, PyObject b, int op) { PyObject r = Numbers.add(a, b); return r != null ? r : binaryOpGeneric(a, b, op); }
    public static PyObject sub(PyObject a, PyObject b, int op) { PyObject r = Numbers.sub(a, b); return r != null ? r : binaryOpGeneric(a, b, op); }
    public static PyObject mul(PyObject a, PyObject b, int op) { PyObject r = Numbers.mul(a, b); return r != null ? r : binaryOpGeneric(a, b, op); }
    public static PyObject trueDiv(PyObject a, PyObject b, int op) { PyObject r = Numbers.trueDiv(a, b); return r != null ? r : binaryOpGeneric(a, b, op); }
    public static PyObject floorDiv(PyObject a, PyObject b, int op) { PyObject r = Numbers.floorDiv(a, b); return r != null ? r : binaryOpGeneric(a, b, op); }
    public static PyObject mod(PyObject a, PyObject b, int op) { PyObject r = Numbers.mod(a, b); return r != null ? r : binaryOpGeneric(a, b, op); }
    public static PyObject and(PyObject a, PyObject b, int op) { PyObject r = Numbers.and(a, b); return r != null ? r : binaryOpGeneric(a, b, op); }
    public static PyObject or(PyObject a, PyObject b, int op) { PyObject r = Numbers.or(a, b); return r != null ? r : binaryOpGeneric(a, b, op); }
    public static PyObject xor(PyObject a, PyObject b, int op) { PyObject r = Numbers.xor(a, b); return r != null ? r : binaryOpGeneric(a, b, op); }
    public static PyObject lshift(PyObject a, PyObject b, int op) { PyObject r = Numbers.lshift(a, b); return r != null ? r : binaryOpGeneric(a, b, op); }
    public static PyObject rshift(PyObject a, PyObject b, int op) { PyObject r = Numbers.rshift(a, b); return r != null ? r : binaryOpGeneric(a, b, op); }

    private static PyObject binaryOpGeneric(PyObject a, PyObject b, int op) {
        if (op >= INPLACE) return inplaceOp(a, b, op - INPLACE);
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) return Numbers.intOp((PyInt) a, (PyInt) b, op);
        if (ca == PyFloat.class && (cb == PyFloat.class || cb == PyInt.class)
                || ca == PyInt.class && cb == PyFloat.class) {
            PyObject r = Numbers.floatOp(Numbers.toDouble(a), Numbers.toDouble(b), op);
            if (r != null) return r;
        }
        if (op == ADD && ca == PyStr.class && cb == PyStr.class) return PyStr.concat((PyStr) a, (PyStr) b);
        PyObject r = binaryOp1(a, b, op);
        if (r != NI) return r;
        throw binaryError(a, b, op, false);
    }

    /** The __op__ / __rop__ protocol; NotImplemented when neither side handles it. */
    static PyObject binaryOp1(PyObject a, PyObject b, int op) {
        PyType ta = a.type(), tb = b.type();
        PyObject fa = ta.lookup(DUNDER[op]);
        PyObject fb = ta == tb ? null : tb.lookup(RDUNDER[op]);
        if (fb != null && fb == ta.lookup(RDUNDER[op])) fb = null;  // same implementation: no point asking twice
        if (fa != null) {
            if (fb != null && tb.isSubtype(ta)) {
                PyObject r = Calls.callDescr(fb, b, a);
                if (r != NI) return r;
                fb = null;
            }
            PyObject r = Calls.callDescr(fa, a, b);
            if (r != NI) return r;
        }
        if (fb != null) return Calls.callDescr(fb, b, a);
        return NI;
    }

    static PyObject inplaceOp(PyObject a, PyObject b, int op) {
        Class<?> ca = a.getClass();
        if (ca == PyInt.class || ca == PyFloat.class || ca == PyStr.class) return binaryOpGeneric(a, b, op);
        PyObject f = a.type().lookup(IDUNDER[op]);
        if (f != null) {
            PyObject r = Calls.callDescr(f, a, b);
            if (r != NI) return r;
        }
        PyObject r = binaryOp1(a, b, op);
        if (r != NI) return r;
        throw binaryError(a, b, op, true);
    }

    static PyException binaryError(PyObject a, PyObject b, int op, boolean inplace) {
        PyType ta = a.type(), tb = b.type();
        if (op == ADD && (ta.isSubtype(Types.BYTES) || ta.isSubtype(Types.BYTEARRAY)))
            return Errors.typeError("can't concat " + tb.getName() + " to " + ta.getName());
        if (op == ADD && isConcatSequence(ta) && !isConcatSequence(tb))
            return Errors.typeError("can only concatenate " + ta.getName() + " (not \"" + tb.getName() + "\") to " + ta.getName());
        if (op == ADD && isConcatSequence(ta) && isConcatSequence(tb) && !ta.isSubtype(tb) && !tb.isSubtype(ta)
                && !(ta.isSubtype(Types.BYTES) || ta.isSubtype(Types.BYTEARRAY)))
            return Errors.typeError("can only concatenate " + ta.getName() + " (not \"" + tb.getName() + "\") to " + ta.getName());
        if (op == MUL && (isConcatSequence(ta) || isConcatSequence(tb))) {
            PyType other = isConcatSequence(ta) ? tb : ta;
            return Errors.typeError("can't multiply sequence by non-int of type '" + other.getName() + "'");
        }
        String sym = OP_SYMBOLS[op] + (inplace ? "=" : "");
        if (op == POW && !inplace) sym = "** or pow()";
        if (op == POW && inplace) sym = "**=";
        return Errors.typeError("unsupported operand type(s) for " + sym + ": '" + ta.getName() + "' and '" + tb.getName() + "'");
    }

    private static boolean isConcatSequence(PyType t) {
        return t.isSubtype(Types.STR) || t.isSubtype(Types.LIST) || t.isSubtype(Types.TUPLE)
                || t.isSubtype(Types.BYTES) || t.isSubtype(Types.BYTEARRAY);
    }

    /** pow(a, b, mod) with a modulus. */
    public static PyObject ternaryPow(PyObject a, PyObject b, PyObject m) {
        if (m == NONE) return binaryOp(a, b, POW);
        PyObject f = a.type().lookup("__pow__");
        if (f != null) {
            PyObject r = Calls.call(f, a, b, m);
            if (r != NI) return r;
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + a.type().getName() + "', '"
                + b.type().getName() + "', '" + m.type().getName() + "'");
    }

    // ---- unary ---------------------------------------------------------------------------------

    public static PyObject negative(PyObject o) {
        if (o.getClass() == PyInt.class) return Numbers.negate((PyInt) o);
        if (o.getClass() == PyFloat.class) return PyFloat.of(-((PyFloat) o).value);
        return unary(o, "__neg__", "unary -");
    }

    public static PyObject positive(PyObject o) {
        if (o.getClass() == PyInt.class || o.getClass() == PyFloat.class) return o;
        return unary(o, "__pos__", "unary +");
    }

    public static PyObject invert(PyObject o) {
        if (o.getClass() == PyInt.class) return Numbers.invert((PyInt) o);
        return unary(o, "__invert__", "unary ~");
    }

    public static PyObject abs(PyObject o) { return unary(o, "__abs__", "abs()"); }

    private static PyObject unary(PyObject o, String name, String what) {
        PyObject f = o.type().lookup(name);
        if (f == null) throw Errors.typeError("bad operand type for " + what + ": '" + o.type().getName() + "'");
        return Calls.callDescr(f, o);
    }

    // ---- sequences and mappings ----------------------------------------------------------------

    /**
     * o[key]. Inline head: an exact list at a non-negative index (one read under the list's
     * lock, PyList.get answering null past the end) and an exact tuple at any long index.
     */
    public static PyObject getItem(PyObject o, PyObject key) {
        if (key.getClass() == PyInt.class && ((PyInt) key).big == null) {
            Class<?> c = o.getClass();
            long i = ((PyInt) key).value;
            if (c == PyList.class) {
                if (i >= 0 && i < Integer.MAX_VALUE) {
                    PyObject v = ((PyList) o).get((int) i);
                    if (v != null) return v;
                }
            } else if (c == PyTuple.class) {
                PyObject[] items = ((PyTuple) o).items;
                if (i < 0) i += items.length;
                if (i >= 0 && i < items.length) return items[(int) i];
            }
        }
        return getItemSlow(o, key);
    }

    private static PyObject getItemSlow(PyObject o, PyObject key) {
        Class<?> c = o.getClass();
        if (c == PyList.class && key.getClass() == PyInt.class) {
            PyList l = (PyList) o;
            long i = ((PyInt) key).value;
            PyObject[] snapshot = null;
            int n = l.size();
            if (i < 0) i += n;
            PyObject v = i >= 0 && i < n && ((PyInt) key).big == null ? l.get((int) i) : null;
            if (v != null) return v;
            throw Errors.indexError("list index out of range");
        }
        if (c == PyDict.class) {
            PyObject v = ((PyDict) o).get(key);
            if (v != null) return v;
            throw Errors.keyError(key);
        }
        PyType t = o.type();
        PyObject f = t.lookup("__getitem__");
        if (f != null) return Calls.callDescr(f, o, key);
        if (o instanceof PyType tp) {
            if (tp == Types.TYPE) return GenericAlias.of(tp, key);
            PyObject cg = Attr.lookupOnType(tp, "__class_getitem__");
            if (cg != null) return Calls.call(cg, key);
            throw Errors.typeError("type '" + tp.getName() + "' is not subscriptable");
        }
        throw Errors.typeError("'" + t.getName() + "' object is not subscriptable");
    }

    /** o[key] = value; an exact list at a long index in range is stored here, atomically under its lock. */
    public static void setItem(PyObject o, PyObject key, PyObject value) {
        Class<?> c = o.getClass();
        if (c == PyList.class && key.getClass() == PyInt.class && ((PyInt) key).big == null) {
            PyList l = (PyList) o;
            long i = ((PyInt) key).value;
            synchronized (l) {
                int n = l.size();
                if (i < 0) i += n;
                if (i >= 0 && i < n) { l.set((int) i, value); return; }
            }
        }
        if (c == PyDict.class) { ((PyDict) o).put(key, value); return; }
        PyObject f = o.type().lookup("__setitem__");
        if (f == null) throw Errors.typeError("'" + o.type().getName() + "' object does not support item assignment");
        Calls.callDescr(f, o, key, value);
    }

    public static void delItem(PyObject o, PyObject key) {
        PyObject f = o.type().lookup("__delitem__");
        if (f == null) throw Errors.typeError("'" + o.type().getName() + "' object does not support item deletion");
        Calls.callDescr(f, o, key);
    }

    public static boolean contains(PyObject container, PyObject item) {
        Class<?> c = container.getClass();
        if (c == PyDict.class) return ((PyDict) container).containsKey(item);
        if (c == PySet.class) return ((PySet) container).contains(item);
        if (c == PyStr.class && item instanceof PyStr s) return ((PyStr) container).value.contains(s.value);
        PyObject f = container.type().lookup("__contains__");
        if (f != null) return isTrue(Calls.callDescr(f, container, item));
        PyObject it = Iter.getIterOrNull(container);
        if (it == null) throw Errors.typeError("argument of type '" + container.type().getName() + "' is not iterable");
        for (PyObject x; (x = Iter.next(it)) != null; ) if (richEqBool(x, item)) return true;
        return false;
    }

    public static long len(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyList.class) return ((PyList) o).size();
        if (c == PyTuple.class) return ((PyTuple) o).size();
        if (c == PyStr.class) return ((PyStr) o).length();
        if (c == PyDict.class) return ((PyDict) o).size();
        PyObject f = o.type().lookup("__len__");
        if (f == null) throw Errors.typeError("object of type '" + o.type().getName() + "' has no len()");
        return lenResult(Calls.callDescr(f, o));
    }

    private static long lenResult(PyObject r) {
        if (!(r instanceof PyInt i)) throw Errors.typeError("'" + r.type().getName() + "' object cannot be interpreted as an integer");
        if (i.big != null) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        if (i.value < 0) throw Errors.valueError("__len__() should return >= 0");
        return i.value;
    }

    /** operator.index(o) as a PyInt. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) return i;
        PyObject f = o.type().lookup("__index__");
        if (f == null) throw Errors.typeError("'" + o.type().getName() + "' object cannot be interpreted as an integer");
        PyObject r = Calls.callDescr(f, o);
        if (r instanceof PyInt i) return i;
        throw Errors.typeError("__index__ returned non-int (type " + r.type().getName() + ")");
    }

    /** index(o) as a long; OverflowError-style message when it does not fit. */
    public static long indexLong(PyObject o) {
        PyInt i = index(o);
        if (i.big != null) throw Errors.of(Types.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        return i.value;
    }

    /** An index for a sequence subscript, with the sequence's own error message for bad types. */
    public static long seqIndex(PyObject key, String what) {
        if (key instanceof PyInt i) {
            if (i.big != null) throw Errors.of(Types.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
            return i.value;
        }
        if (key.type().lookup("__index__") != null) return indexLong(key);
        throw Errors.typeError(what + " indices must be integers or slices, not " + key.type().getName());
    }

    // ---- isinstance / issubclass ---------------------------------------------------------------

    public static boolean isInstance(PyObject o, PyObject cls) {
        if (cls instanceof PyType t) {
            if (o.type().isSubtype(t)) return true;
            if (t.getClass() == PyType.class && t.type() == Types.TYPE) {
                PyObject klass = Attr.getAttrOrNull(o, "__class__");
                return klass instanceof PyType k && k != o.type() && k.isSubtype(t);
            }
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) if (isInstance(o, c)) return true;
            return false;
        }
        PyObject check = cls.type().lookup("__instancecheck__");
        if (check != null && !(cls instanceof PyType t && t.type() == Types.TYPE)) return isTrue(Calls.callDescr(check, cls, o));
        if (cls instanceof PyType t) return o.type().isSubtype(t);
        if (cls instanceof GenericAlias || cls.type().getName().equals("UnionType")) {
            PyObject args = Attr.getAttrOrNull(cls, "__args__");
            if (cls.type().getName().equals("UnionType") && args instanceof PyTuple tup) return isInstance(o, tup);
            throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static boolean isSubclass(PyObject c, PyObject cls) {
        if (cls instanceof PyTuple tup) {
            for (PyObject x : tup.items) if (isSubclass(c, x)) return true;
            return false;
        }
        PyObject check = cls.type().lookup("__subclasscheck__");
        if (check != null && !(cls instanceof PyType t && t.type() == Types.TYPE)) return isTrue(Calls.callDescr(check, cls, c));
        if (!(c instanceof PyType ct)) throw Errors.typeError("issubclass() arg 1 must be a class");
        if (cls instanceof PyType t) return ct.isSubtype(t);
        if (cls.type().getName().equals("UnionType")) {
            PyObject args = Attr.getAttrOrNull(cls, "__args__");
            if (args instanceof PyTuple tup) return isSubclass(c, tup);
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    // ---- format --------------------------------------------------------------------------------

    public static PyObject format(PyObject value, PyObject spec) {
        if (value.getClass() == PyStr.class && spec instanceof PyStr s && s.value.isEmpty()) return value;
        PyObject f = value.type().lookup("__format__");
        if (f == null) throw Errors.typeError("Type " + value.type().getName() + " doesn't define __format__");
        PyObject r = Calls.callDescr(f, value, spec);
        if (!(r instanceof PyStr)) throw Errors.typeError("__format__ must return a str, not " + r.type().getName());
        return r;
    }
}
