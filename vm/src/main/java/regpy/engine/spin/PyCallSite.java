package regpy.engine.spin;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.concurrent.atomic.AtomicLong;

import regpy.code.CodeObject;
import regpy.engine.RegisterCode;
import regpy.engine.RegisterEngine;
import regpy.engine.RegisterOps;
import regpy.objects.PyBaseException;
import regpy.objects.PyFrame;
import regpy.objects.PyFunction;
import regpy.objects.PyMethod;
import regpy.objects.PyObject;
import regpy.runtime.ThreadState;

/**
 * The call site of one CALL instruction in spun code ({@code invokedynamic}, type
 * {@code (callable, selfOrNull, args[], ThreadState)PyObject}: the caller's thread state rides
 * along, so a direct call does not look it up again). It starts unlinked: every call goes to
 * {@link #fallback}, which performs it generically ({@link RegisterOps#call}, i.e. whatever the
 * active engine does) and, when the callee is a Python function whose code is already spun,
 * links a guarded <em>direct entry</em> for it:
 *
 * <pre>
 *   callable == f  (and self given or not, as when linked)         -> enter f's spun run(...)
 *   callable is a bound method of f, no self (m = o.f; m(x))        -> enter run(...) with self = m.__self__
 *   else                                                           -> the next entry ... -> fallback
 * </pre>
 *
 * Up to {@link #MAX_TARGETS} entries chain (a polymorphic site, e.g. {@code task.fn()} over four
 * task classes); each callee's {@code run} is a constant method handle in the site's target, so
 * HotSpot inlines a hot callee into the caller as it inlines Java calls. A site that keeps
 * missing (more callees than entries, or mostly builtins and classes) ends its chain in the
 * generic call instead of the fallback ({@link #MAX_MISSES}); a call of a Python function not spun
 * yet is not a miss: the site links once tiering spins the callee.
 *
 * <p>A direct entry builds the callee's frame with {@link RegisterEngine#positionalFrame}, the
 * binding {@code RegisterEngine.callFunction} uses for a call of positional arguments (defaults
 * filling the rest), so the frames are identical; any other call (keywords, *args, a changed
 * {@code __defaults__}) takes the generic path and keeps {@code Args} semantics.
 */
public final class PyCallSite extends MutableCallSite {
    static final MethodType TYPE = MethodType.methodType(PyObject.class, PyObject.class, PyObject.class, PyObject[].class,
            ThreadState.class);
    /** Direct entries per site before it stops linking more. */
    static final int MAX_TARGETS = 4;
    /** Calls the direct entries did not serve (after {@link #MAX_TARGETS}) before the site stops consulting the fallback. */
    static final int MAX_MISSES = 8;

    private static final MethodHandle FALLBACK, GENERIC, DIRECT, DIRECT_METHOD, SAME_FUNCTION, BOUND_METHOD_OF;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            FALLBACK = l.findVirtual(PyCallSite.class, "fallback", TYPE);
            GENERIC = l.findStatic(PyCallSite.class, "generic", TYPE);
            MethodType direct = TYPE.insertParameterTypes(0, MethodHandle.class, PyFunction.class, RegisterCode.class);
            DIRECT = l.findStatic(PyCallSite.class, "direct", direct);
            DIRECT_METHOD = l.findStatic(PyCallSite.class, "directMethod", direct);
            MethodType guard = MethodType.methodType(boolean.class, PyFunction.class, boolean.class, PyObject.class, PyObject.class);
            SAME_FUNCTION = l.findStatic(PyCallSite.class, "sameFunction", guard);
            BOUND_METHOD_OF = l.findStatic(PyCallSite.class, "boundMethodOf", guard);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Direct entries linked so far, over all sites (tests and statistics). */
    static final AtomicLong DIRECT_LINKS = new AtomicLong();

    /** The direct entries (guard, target) in link order, and what follows them; guarded by this. */
    private final MethodHandle[] tests = new MethodHandle[MAX_TARGETS], targets = new MethodHandle[MAX_TARGETS];
    private int entries, misses;
    private MethodHandle tail;

    private PyCallSite() {
        super(TYPE);
        tail = FALLBACK.bindTo(this);
        setTarget(tail);
    }

    /** Bootstrap of the spun {@code invokedynamic} of every CALL instruction. */
    public static CallSite bootstrap(MethodHandles.Lookup caller, String name, MethodType type) {
        if (!type.equals(TYPE)) throw new IllegalArgumentException("call site type " + type);
        return new PyCallSite();
    }

    /** Not served by a direct entry: perform the call generically, and link an entry when the callee allows one. */
    private PyObject fallback(PyObject callable, PyObject self, PyObject[] args, ThreadState ts) {
        PyFunction f = null;
        boolean method = false;
        if (callable instanceof PyFunction fn) f = fn;
        else if (self == null && callable instanceof PyMethod m && m.func instanceof PyFunction fn) {
            f = fn;
            method = true;
        }
        boolean withSelf = method || self != null;
        if (f != null && positionalShape(f.code.code, args.length + (withSelf ? 1 : 0))) {
            // a callee not spun yet (tiering has not found it hot) leaves the site as it is, to link later
            if (f.code.engineData instanceof RegisterCode rc && rc.body instanceof SpunBody spun)
                link(f, rc, spun, method, withSelf);
        } else {
            miss();
        }
        return RegisterOps.call(callable, self, args, null);
    }

    private synchronized void link(PyFunction f, RegisterCode rc, SpunBody spun, boolean method, boolean withSelf) {
        if (entries >= MAX_TARGETS) {
            miss();
            return;
        }
        DIRECT_LINKS.incrementAndGet();
        targets[entries] = MethodHandles.insertArguments(method ? DIRECT_METHOD : DIRECT, 0, spun.entry(), f, rc);
        tests[entries] = MethodHandles.dropArguments(
                MethodHandles.insertArguments(method ? BOUND_METHOD_OF : SAME_FUNCTION, 0, f, withSelf), 2,
                PyObject[].class, ThreadState.class);
        entries++;
        relink();
    }

    /** A call no entry served and none could be linked for; past {@link #MAX_MISSES} the chain ends in the generic call. */
    private synchronized void miss() {
        if (++misses <= MAX_MISSES || tail == GENERIC) return;
        tail = GENERIC;
        relink();
    }

    /** Installs the entries, newest first, over the tail (a nest of guardWithTests). */
    private void relink() {
        MethodHandle chain = tail;
        for (int i = 0; i < entries; i++) chain = MethodHandles.guardWithTest(tests[i], targets[i], chain);
        setTarget(chain);
    }

    /**
     * The case {@code Args.bindPositional} can bind, as far as the code object tells (whether the
     * defaults cover missing arguments is checked per call: __defaults__ may change).
     */
    static boolean positionalShape(CodeObject co, int npos) {
        return npos <= co.argcount && co.kwonlyargcount == 0
                && (co.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0;
    }

    private static boolean sameFunction(PyFunction f, boolean withSelf, PyObject callable, PyObject self) {
        return callable == f && (self != null) == withSelf;
    }

    private static boolean boundMethodOf(PyFunction f, boolean withSelf, PyObject callable, PyObject self) {
        return self == null && callable instanceof PyMethod m && m.func == f;
    }

    private static PyObject generic(PyObject callable, PyObject self, PyObject[] args, ThreadState ts) {
        return RegisterOps.call(callable, self, args, null);
    }

    /** A linked call of f: its frame as RegisterEngine.callFunction builds it, its spun run entered directly. */
    private static PyObject direct(MethodHandle run, PyFunction f, RegisterCode rc, PyObject callable, PyObject self,
                                   PyObject[] args, ThreadState ts) throws Throwable {
        PyFrame frame = RegisterEngine.positionalFrame(rc, f, self, args);
        if (frame == null) return RegisterOps.call(callable, self, args, null);  // __defaults__ no longer cover the call
        return enter(run, frame, ts);
    }

    /** A linked call of a bound method of f: as {@link #direct}, with the method's __self__ first. */
    private static PyObject directMethod(MethodHandle run, PyFunction f, RegisterCode rc, PyObject callable, PyObject self,
                                         PyObject[] args, ThreadState ts) throws Throwable {
        PyFrame frame = RegisterEngine.positionalFrame(rc, f, ((PyMethod) callable).self, args);
        if (frame == null) return RegisterOps.call(callable, null, args, null);
        return enter(run, frame, ts);
    }

    private static PyObject enter(MethodHandle run, PyFrame frame, ThreadState ts) throws Throwable {
        ts.pushFrame(frame);
        try {
            return (PyObject) run.invokeExact(frame, ts, (PyBaseException) null);
        } finally {
            ts.popFrame(frame, false);
        }
    }
}
