package regpy.compile;

import static regpy.code.Opcode.*;

import java.util.List;
import regpy.ast.Expr;
import regpy.ast.TypeParam;
import regpy.code.CodeObject;

/**
 * PEP 695 type parameters (compile.c's compiler_type_params). A generic function, class or type alias
 * is compiled inside an extra function scope, {@code <generic parameters of NAME>}, that creates the
 * TypeVar/ParamSpec/TypeVarTuple objects with CALL_INTRINSIC_1/2, binds them as locals (cells when the
 * body uses them), builds the object and returns it; the statement calls that function at once.
 * Bounds, constraints and defaults are evaluated lazily: each is a function of its own, given to the
 * intrinsic that makes the type parameter.
 */
final class TypeParamGen {
    private final CodeGen g;

    TypeParamGen(CodeGen g) { this.g = g; }

    /** Enters the {@code <generic parameters of NAME>} scope (keyed, as in the symbol table, by the list). */
    void enterScope(String name, List<TypeParam> typeParams, int firstlineno) {
        g.enterScope("<generic parameters of " + name + ">", Unit.Kind.TYPEPARAMS, typeParams, firstlineno);
    }

    /** Creates and binds each type parameter, leaving the tuple of all of them on the stack. */
    void typeParams(List<TypeParam> typeParams) {
        boolean seenDefault = false;
        for (TypeParam tp : typeParams) {
            Loc loc = Loc.of(tp);
            switch (tp) {
                case TypeParam.TypeVar t -> {
                    g.loadConst(t.name(), loc);
                    if (t.bound() != null) {
                        boundOrDefault(t.bound(), t.name(), t, false);
                        g.opI(CALL_INTRINSIC_2, t.bound() instanceof Expr.Tuple
                                ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND, loc);
                    } else {
                        g.opI(CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, loc);
                    }
                    seenDefault = setDefault(t.default_value(), t.name(), g.st.typeVarDefaultKey(t), false, seenDefault, loc);
                }
                case TypeParam.TypeVarTuple t -> {
                    g.loadConst(t.name(), loc);
                    g.opI(CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE, loc);
                    seenDefault = setDefault(t.default_value(), t.name(), t, true, seenDefault, loc);
                }
                case TypeParam.ParamSpec p -> {
                    g.loadConst(p.name(), loc);
                    g.opI(CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC, loc);
                    seenDefault = setDefault(p.default_value(), p.name(), p, false, seenDefault, loc);
                }
            }
            g.opI(COPY, 1, loc);
            g.nameOp(name(tp), CodeGenBase.Ctx.STORE, loc);
        }
        g.opI(BUILD_TUPLE, typeParams.size(), Loc.of(typeParams.getFirst()));
    }

    private boolean setDefault(Expr dflt, String name, Object key, boolean allowStarred, boolean seenDefault, Loc loc) {
        if (dflt == null) {
            if (seenDefault) throw g.error("non-default type parameter '" + name + "' follows default type parameter", loc);
            return false;
        }
        boundOrDefault(dflt, name, key, allowStarred);
        g.opI(CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
        return true;
    }

    /** A lazily evaluated bound, constraint tuple or default: a function that returns the expression. */
    private void boundOrDefault(Expr e, String name, Object key, boolean allowStarred) {
        Loc loc = Loc.of(e);
        g.enterScope(name, Unit.Kind.TYPEPARAMS, key, e.lineno());
        if (allowStarred && e instanceof Expr.Starred s) {
            g.expr(s.value());
            g.opI(UNPACK_SEQUENCE, 1, loc);
        } else {
            g.expr(e);
        }
        g.op(RETURN_VALUE, loc);
        CodeObject co = g.assemble(true);
        g.exitScope();
        g.makeClosure(co, 0, loc);
    }

    static String name(TypeParam tp) {
        return switch (tp) {
            case TypeParam.TypeVar t -> t.name();
            case TypeParam.TypeVarTuple t -> t.name();
            case TypeParam.ParamSpec p -> p.name();
        };
    }
}
