package regpy.engine.spin;

import static java.lang.constant.ConstantDescs.*;

import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/** Symbolic descriptors of the runtime types and methods the spun bytecode refers to. */
final class Descs {
    private Descs() {}

    static ClassDesc of(Class<?> c) { return c.describeConstable().orElseThrow(); }

    static final ClassDesc PY_OBJECT = of(regpy.objects.PyObject.class);
    static final ClassDesc PY_OBJECT_ARRAY = PY_OBJECT.arrayType();
    static final ClassDesc PY_FRAME = of(regpy.objects.PyFrame.class);
    static final ClassDesc PY_BOOL = of(regpy.objects.PyBool.class);
    static final ClassDesc PY_BASE_EXC = of(regpy.objects.PyBaseException.class);
    static final ClassDesc THREAD_STATE = of(regpy.runtime.ThreadState.class);
    static final ClassDesc SPUN_BODY = of(SpunBody.class);
    static final ClassDesc SUPPORT = of(SpinSupport.class);
    static final ClassDesc THROWABLE = of(Throwable.class);
    static final ClassDesc RUNTIME_EXC = of(RuntimeException.class);

    // runtime classes the per-op code calls
    static final ClassDesc ABSTRACT = of(regpy.runtime.Abstract.class);
    static final ClassDesc SINGLETON = of(regpy.objects.PySingleton.class);
    static final ClassDesc ATTR = of(regpy.runtime.Attr.class);
    static final ClassDesc ITER = of(regpy.runtime.Iter.class);
    static final ClassDesc PY_DICT = of(regpy.objects.PyDict.class);
    static final ClassDesc PY_TUPLE = of(regpy.objects.PyTuple.class);
    static final ClassDesc PY_LIST = of(regpy.objects.PyList.class);
    static final ClassDesc GLOBAL_CACHE = of(regpy.cache.GlobalCache.class);
    static final ClassDesc ATTR_CACHE = of(regpy.cache.AttrCache.class);
    static final ClassDesc OPS = of(regpy.engine.RegisterOps.class);
    static final ClassDesc LOOP_GENERATORS = of(regpy.engine.LoopGenerators.class);
    static final ClassDesc CODE_OBJECT = of(regpy.code.CodeObject.class);
    static final ClassDesc PY_CELL = of(regpy.objects.PyCell.class);
    static final ClassDesc PY_STR = of(regpy.objects.PyStr.class);
    static final ClassDesc PY_INT = of(regpy.objects.PyInt.class);
    static final ClassDesc PY_SET = of(regpy.objects.PySet.class);
    static final ClassDesc PY_SLICE = of(regpy.objects.PySlice.class);
    static final ClassDesc PY_TYPE = of(regpy.objects.PyType.class);
    static final ClassDesc PY_FUNCTION = of(regpy.objects.PyFunction.class);
    static final ClassDesc TYPES = of(regpy.objects.Types.class);
    static final ClassDesc PY_EXCEPTION = of(regpy.runtime.PyException.class);
    static final ClassDesc GENERATORS = of(regpy.runtime.Generators.class);
    static final ClassDesc NAMESPACES = of(regpy.interp.Namespaces.class);
    static final ClassDesc BUILDERS = of(regpy.interp.Builders.class);
    static final ClassDesc INTRINSICS = of(regpy.interp.Intrinsics.class);
    static final ClassDesc MATCHING = of(regpy.interp.Matching.class);
    static final ClassDesc EXC_GROUPS = of(regpy.interp.ExceptionGroups.class);
    static final ClassDesc IMPORTER = of(regpy.importer.Importer.class);

    /** (PyFrame, ThreadState, PyBaseException)PyObject: Body.execute and the spun static entry. */
    static final MethodTypeDesc RUN = MethodTypeDesc.of(PY_OBJECT, PY_FRAME, THREAD_STATE, PY_BASE_EXC);
    static final MethodTypeDesc INIT = MethodTypeDesc.of(CD_void);

    static MethodTypeDesc mt(ClassDesc ret, ClassDesc... params) { return MethodTypeDesc.of(ret, params); }

    /** n PyObject parameters. */
    static ClassDesc[] objs(int n) {
        ClassDesc[] a = new ClassDesc[n];
        java.util.Arrays.fill(a, PY_OBJECT);
        return a;
    }
}
