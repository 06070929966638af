package regpy.runtime;

import static regpy.code.Opcode.*;

import regpy.objects.*;

/**
 * The run-time side of PEP 695 (the intrinsics that compiled type parameters call): TypeVar,
 * ParamSpec and TypeVarTuple objects are those of regpy's {@code typing} module, made as
 * {@code TypeVar(name, infer_variance=True)} like CPython's; {@code Generic[*params]} is the extra
 * base of a generic class; {@code type X = ...} makes a {@link TypeAliasType} whose value is
 * evaluated on first access.
 *
 * <p>Known difference: CPython evaluates bounds, constraints and defaults lazily (on first access
 * of {@code __bound__} ...); here they are evaluated when the type parameter is made, so a bound
 * naming something defined later raises NameError at definition time.
 */
public final class TypeParams {
    private TypeParams() {}

    /** CALL_INTRINSIC_1 operands of PEP 695; null when {@code which} is not one of them. */
    public static PyObject call1(int which, PyObject v) {
        return switch (which) {
            case INTRINSIC_TYPEVAR -> typing("TypeVar", v);
            case INTRINSIC_PARAMSPEC -> typing("ParamSpec", v);
            case INTRINSIC_TYPEVARTUPLE -> Calls.call(typingAttr("TypeVarTuple"), v);
            case INTRINSIC_SUBSCRIPT_GENERIC -> Abstract.getItem(typingAttr("Generic"), v);
            case INTRINSIC_TYPEALIAS -> typeAlias((PyTuple) v);
            default -> null;
        };
    }

    /** CALL_INTRINSIC_2 operands of PEP 695; null when {@code which} is not one of them. */
    public static PyObject call2(int which, PyObject a, PyObject b) {
        return switch (which) {
            case INTRINSIC_TYPEVAR_WITH_BOUND ->
                    Calls.call(typingAttr("TypeVar"), new PyObject[] {a, Calls.call0(b), PyBool.TRUE},
                            new String[] {"bound", "infer_variance"});
            case INTRINSIC_TYPEVAR_WITH_CONSTRAINTS -> {
                PyObject[] constraints = ((PyTuple) Calls.call0(b)).items;
                PyObject[] args = new PyObject[constraints.length + 2];
                args[0] = a;
                System.arraycopy(constraints, 0, args, 1, constraints.length);
                args[args.length - 1] = PyBool.TRUE;
                yield Calls.call(typingAttr("TypeVar"), args, new String[] {"infer_variance"});
            }
            case INTRINSIC_SET_TYPEPARAM_DEFAULT -> {
                Attr.setAttr(a, "__default__", Calls.call0(b));
                yield a;
            }
            case INTRINSIC_SET_FUNCTION_TYPE_PARAMS -> {
                ((PyFunction) a).typeParams = b;
                yield a;
            }
            default -> null;
        };
    }

    private static PyObject typing(String kind, PyObject name) {
        return Calls.call(typingAttr(kind), new PyObject[] {name, PyBool.TRUE}, new String[] {"infer_variance"});
    }

    private static PyObject typingAttr(String name) {
        return Attr.getAttr(regpy.importer.Importer.importModule("typing"), name);
    }

    private static PyObject typeAlias(PyTuple nameParamsValue) {
        PyObject[] t = nameParamsValue.items;
        return new TypeAliasType((PyStr) t[0], t[1] == Abstract.NONE ? PyTuple.EMPTY : (PyTuple) t[1], t[2]);
    }

    /** typing.TypeAliasType: the object a {@code type} statement binds. */
    public static final class TypeAliasType extends PyObject {
        public static final PyType TYPE = Types.builtin("typing.TypeAliasType", Types.OBJECT, null, TypeAliasType::init);
        final PyStr name;
        final PyTuple typeParams;
        private final PyObject evaluate;
        private volatile PyObject value;

        TypeAliasType(PyStr name, PyTuple typeParams, PyObject evaluate) {
            this.name = name;
            this.typeParams = typeParams;
            this.evaluate = evaluate;
        }

        @Override public PyType type() { return TYPE; }

        /** __value__, evaluated once on first access (a racing second evaluation is harmless). */
        PyObject value() {
            PyObject v = value;
            if (v == null) value = v = Calls.call0(evaluate);
            return v;
        }

        static void init(PyType t) {
            t.getset("__name__", self -> ((TypeAliasType) self).name, null);
            t.getset("__value__", self -> ((TypeAliasType) self).value(), null);
            t.getset("__type_params__", self -> ((TypeAliasType) self).typeParams, null);
            t.getset("__parameters__", self -> ((TypeAliasType) self).typeParams, null);
            t.getset("__module__", self -> PyStr.of("typing"), null);
            t.m0("__repr__", self -> ((TypeAliasType) self).name);
            t.m1("__getitem__", (self, params) -> {
                if (((TypeAliasType) self).typeParams.items.length == 0)
                    throw Errors.typeError("Only generic type aliases are subscriptable");
                return GenericAlias.of(self, params);
            });
            t.m0("__reduce__", self -> ((TypeAliasType) self).name);
        }
    }
}
