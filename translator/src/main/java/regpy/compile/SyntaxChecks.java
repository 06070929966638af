package regpy.compile;

import java.math.BigInteger;
import java.util.List;
import regpy.ast.Cmpop;
import regpy.ast.Expr;
import regpy.code.CodeObject;
import regpy.code.Const;

/**
 * The compile-time lint of compile.c: literals compared with {@code is}, calls of literals, subscripts
 * of unsubscriptable literals and literal indices of the wrong type. Each check returns the
 * SyntaxWarning message, or null. The expression kinds and messages are CPython 3.13's.
 */
final class SyntaxChecks {
    private SyntaxChecks() {}

    /** check_compare: {@code x is 1}, {@code "a" is not y} (None, True, False and ... are fine). */
    static String compare(Expr.Compare e) {
        Expr left = e.left();
        boolean leftOk = isArgOk(left);
        List<Cmpop> ops = e.ops();
        for (int i = 0; i < ops.size(); i++) {
            Expr right = e.comparators().get(i);
            boolean rightOk = isArgOk(right);
            if ((ops.get(i) == Cmpop.Is || ops.get(i) == Cmpop.IsNot) && !(leftOk && rightOk)) {
                String type = typeName(!leftOk ? left : right);
                return ops.get(i) == Cmpop.Is
                        ? "\"is\" with '" + type + "' literal. Did you mean \"==\"?"
                        : "\"is not\" with '" + type + "' literal. Did you mean \"!=\"?";
            }
            left = right;
            leftOk = rightOk;
        }
        return null;
    }

    private static boolean isArgOk(Expr e) {
        if (!(e instanceof Expr.Constant c)) return true;
        Object v = c.value();
        return v == Const.NONE || v == Const.ELLIPSIS || v instanceof Boolean;
    }

    /** check_caller: {@code (1, 2)(3)}, {@code "a"(b)}: a literal called. */
    static String caller(Expr func) {
        return switch (func) {
            case Expr.Constant c -> notCallable(func);
            case Expr.Tuple t -> notCallable(func);
            case Expr.List l -> notCallable(func);
            case Expr.ListComp l -> notCallable(func);
            case Expr.Dict d -> notCallable(func);
            case Expr.DictComp d -> notCallable(func);
            case Expr.Set s -> notCallable(func);
            case Expr.SetComp s -> notCallable(func);
            case Expr.GeneratorExp g -> notCallable(func);
            case Expr.JoinedStr j -> notCallable(func);
            case Expr.FormattedValue f -> notCallable(func);
            default -> null;
        };
    }

    private static String notCallable(Expr e) {
        return "'" + typeName(e) + "' object is not callable; perhaps you missed a comma?";
    }

    /** check_subscripter: {@code 3[0]}, {@code {1, 2}[0]}, {@code (lambda: 1)[0]}. */
    static String subscripter(Expr value) {
        boolean warn = switch (value) {
            case Expr.Constant c -> {
                Object v = c.value();
                yield v == Const.NONE || v == Const.ELLIPSIS || (v instanceof Long || v instanceof BigInteger)
                        || v instanceof Double || v instanceof Const.Complex || v instanceof Const.FrozenSet;
            }
            case Expr.Set s -> true;
            case Expr.SetComp s -> true;
            case Expr.GeneratorExp g -> true;
            case Expr.Lambda l -> true;
            default -> false;
        };
        return warn ? "'" + typeName(value) + "' object is not subscriptable; perhaps you missed a comma?" : null;
    }

    /** check_index: {@code [1, 2]["a"]}, {@code "abc"[1.5]}: a sequence literal with an index of a known wrong type. */
    static String index(Expr value, Expr slice) {
        String indexType = typeName(slice);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) return null;
        boolean sequence = switch (value) {
            case Expr.Constant c -> c.value() instanceof String || c.value() instanceof Const.Bytes
                    || c.value() instanceof Const.Tuple;
            case Expr.Tuple t -> true;
            case Expr.List l -> true;
            case Expr.ListComp l -> true;
            case Expr.JoinedStr j -> true;
            case Expr.FormattedValue f -> true;
            default -> false;
        };
        return sequence ? typeName(value) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?" : null;
    }

    /** infer_type: the type name of a literal expression, or null when it is not known at compile time. */
    static String typeName(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.List l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set s -> "set";
            case Expr.SetComp s -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            case Expr.Constant c -> constTypeName(c.value());
            default -> null;
        };
    }

    static String constTypeName(Object v) {
        return switch (v) {
            case Const.Singleton s -> s == Const.NONE ? "NoneType" : "ellipsis";
            case Boolean b -> "bool";
            case Long l -> "int";
            case BigInteger b -> "int";
            case Double d -> "float";
            case Const.Complex c -> "complex";
            case String s -> "str";
            case Const.Bytes b -> "bytes";
            case Const.Tuple t -> "tuple";
            case Const.FrozenSet f -> "frozenset";
            case CodeObject co -> "code";
            default -> v.getClass().getSimpleName();
        };
    }
}
