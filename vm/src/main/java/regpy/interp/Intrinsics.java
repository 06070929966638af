package regpy.interp;

import static regpy.code.Opcode.*;

import regpy.objects.*;
import regpy.runtime.*;

/** CALL_INTRINSIC_1 and CALL_INTRINSIC_2. */
public final class Intrinsics {
    private Intrinsics() {}

    public static PyObject call1(PyFrame f, int which, PyObject v) {
        switch (which) {
            case INTRINSIC_PRINT -> {
                if (v != Abstract.NONE) {
                    regpy.modules.SysModule.displayHook(v);
                }
                return Abstract.NONE;
            }
            case INTRINSIC_IMPORT_STAR -> {
                regpy.importer.Importer.importStar(f, v);
                return Abstract.NONE;
            }
            case INTRINSIC_STOPITERATION_ERROR -> {
                PyBaseException e = (PyBaseException) v;
                String kind = f.generator instanceof PyGenerator g ? switch (g.kind) {
                    case GENERATOR -> "generator"; case COROUTINE -> "coroutine"; case ASYNC_GENERATOR -> "async generator"; } : "generator";
                PyBaseException r = null;
                if (e.type().isSubtype(Types.STOP_ITERATION)) r = Exceptions.create(Types.RUNTIME_ERROR, new PyObject[] {PyStr.of(kind + " raised StopIteration")});
                else if (e.type().isSubtype(Types.STOP_ASYNC_ITERATION) && kind.equals("async generator"))
                    r = Exceptions.create(Types.RUNTIME_ERROR, new PyObject[] {PyStr.of("async generator raised StopAsyncIteration")});
                if (r == null) return v;
                r.cause = e;
                r.context = e;
                r.suppressContext = true;
                return r;
            }
            case INTRINSIC_ASYNC_GEN_WRAP -> { return Generators.wrapAsyncGenValue(v); }
            case INTRINSIC_UNARY_POSITIVE -> { return Abstract.positive(v); }
            case INTRINSIC_LIST_TO_TUPLE -> { return PyTuple.of(((PyList) v).toArray()); }
            default -> {
                PyObject r = TypeParams.call1(which, v);   // PEP 695: TypeVar, Generic[...], type aliases
                if (r == null) throw Errors.notImplemented("intrinsic " + INTRINSIC_1[which] + " is not supported yet");
                return r;
            }
        }
    }

    public static PyObject call2(PyFrame f, int which, PyObject a, PyObject b) {
        if (which == INTRINSIC_PREP_RERAISE_STAR) return ExceptionGroups.prepReraiseStar(a, b);
        PyObject r = TypeParams.call2(which, a, b);   // PEP 695: bounds, constraints, defaults, function type params
        if (r != null) return r;
        throw Errors.notImplemented("intrinsic " + INTRINSIC_2[which] + " is not supported yet");
    }
}
