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
