package regpy.engine.spin;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

import regpy.code.CodeObject;
import regpy.engine.RegisterCode;
import regpy.engine.RegisterEngine;
import regpy.engine.RegisterOps;
import regpy.objects.PyBaseException;
import regpy.objects.PyFrame;
import regpy.objects.PyFunction;
import regpy.objects.PyObject;
import regpy.runtime.ThreadState;

/**
 * The call site of one CALL instruction in spun code ({@code invokedynamic}, type
 * {@code (callable, selfOrNull, args[], ThreadState)PyObject}: the caller's thread state rides
 * along, so a direct call does not look it up again). It starts generic ({@link RegisterOps#call}:
 * whatever the callee is, through the active engine). When it sees a Python function whose code
 * is already spun and the call is a plain positional one with exactly the function's arity, it
 * relinks to a guarded direct entry: {@code callable == thatFunction ? enter its spun run(...)
 * : generic}. The callee's {@code run} is a constant method handle in the site's target, so
 * HotSpot can inline a hot callee into the caller as it inlines Java calls.
 *
 * <p>The direct entry is exactly what {@link RegisterEngine#callFunction} does for such a call
 * (a new register frame, the arguments in slots 0..n-1 as {@code Args.bind}'s exact-positional
 * case leaves them, the frame pushed on the thread state for the body's run) without the
 * argument-binding and engine indirections. Everything else (keywords, defaults, *args,
 * builtins, classes, bound methods, callees not yet spun) stays on the generic path, so
 * {@code Args} semantics are untouched. A site relinks at most {@link #MAX_RELINKS} times, then
 * stays generic (megamorphic).
 */
public final class PyCallSite extends MutableCallSite {
    static final MethodType TYPE = MethodType.methodType(PyObject.class, PyObject.class, PyObject.class, PyObject[].class,
            ThreadState.class);
    static final int MAX_RELINKS = 4;

    private static final MethodHandle FALLBACK, GENERIC, DIRECT, GUARD;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            FALLBACK = l.findVirtual(PyCallSite.class, "fallback", TYPE);
            GENERIC = l.findStatic(PyCallSite.class, "generic", TYPE);
            DIRECT = l.findStatic(PyCallSite.class, "direct", MethodType.methodType(PyObject.class,
                    MethodHandle.class, PyFunction.class, RegisterCode.class, PyObject.class, PyObject.class, PyObject[].class,
                    ThreadState.class));
            GUARD = l.findStatic(PyCallSite.class, "guard", MethodType.methodType(boolean.class,
                    PyFunction.class, boolean.class, PyObject.class, PyObject.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private int relinks;

    /** Direct links made so far (tests and statistics). */
    static final java.util.concurrent.atomic.AtomicLong DIRECT_LINKS = new java.util.concurrent.atomic.AtomicLong();

    private PyCallSite() {
        super(TYPE);
        setTarget(FALLBACK.bindTo(this));
    }

    /** Bootstrap of the spun {@code invokedynamic} of every CALL instruction. */
    public static CallSite bootstrap(MethodHandles.Lookup caller, String name, MethodType type) {
        if (!type.equals(TYPE)) throw new IllegalArgumentException("call site type " + type);
        return new PyCallSite();
    }

    /** Unlinked or missed: perform the call generically, and link a direct entry when the callee allows one. */
    private PyObject fallback(PyObject callable, PyObject self, PyObject[] args, ThreadState ts) {
        if (callable instanceof PyFunction f && plainPositional(f, self, args.length)) {
            // a callee not spun yet (tiering has not found it hot) leaves the site unlinked, to link later
            if (f.code.engineData instanceof RegisterCode rc && rc.body instanceof SpunBody spun) link(f, rc, spun, self != null);
        } else {
            synchronized (this) {
                if (++relinks > MAX_RELINKS) setTarget(GENERIC);
            }
        }
        return RegisterOps.call(callable, self, args, null);
    }

    private synchronized void link(PyFunction f, RegisterCode rc, SpunBody spun, boolean withSelf) {
        if (++relinks > MAX_RELINKS) {
            setTarget(GENERIC);
            return;
        }
        DIRECT_LINKS.incrementAndGet();
        MethodHandle direct = MethodHandles.insertArguments(DIRECT, 0, spun.entry(), f, rc);
        MethodHandle test = MethodHandles.dropArguments(MethodHandles.insertArguments(GUARD, 0, f, withSelf), 2,
                PyObject[].class, ThreadState.class);
        setTarget(MethodHandles.guardWithTest(test, direct, FALLBACK.bindTo(this)));
    }

    /**
     * The case {@code Args.bind} handles by copying alone: positional arguments exactly matching
     * the parameters, no keyword-only parameters, no *args or **kwargs.
     */
    static boolean plainPositional(PyFunction f, PyObject self, int nargs) {
        CodeObject co = f.code.code;
        int npos = nargs + (self == null ? 0 : 1);
        return npos == co.argcount && co.kwonlyargcount == 0
                && (co.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0;
    }

    private static boolean guard(PyFunction f, boolean withSelf, PyObject callable, PyObject self) {
        return callable == f && (self != null) == withSelf;
    }

    private static PyObject generic(PyObject callable, PyObject self, PyObject[] args, ThreadState ts) {
        return RegisterOps.call(callable, self, args, null);
    }

    /** RegisterEngine.callFunction for an exact positional call, entering the callee's spun run directly. */
    private static PyObject direct(MethodHandle run, PyFunction f, RegisterCode rc, PyObject callable, PyObject self,
                                   PyObject[] args, ThreadState ts) throws Throwable {
        PyFrame frame = RegisterEngine.newFrame(rc, f, f.globals, f.builtins, null);
        PyObject[] slots = frame.slots;
        int k = 0;
        if (self != null) slots[k++] = self;
        System.arraycopy(args, 0, slots, k, args.length);
        ts.pushFrame(frame);
        try {
            return (PyObject) run.invokeExact(frame, ts, (PyBaseException) null);
        } finally {
            ts.popFrame(frame, false);
        }
    }
}
