package regpy.engine.spin;

import java.lang.classfile.ClassFile;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.constant.ClassDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.atomic.AtomicLong;

import regpy.engine.Body;
import regpy.engine.Counters;
import regpy.engine.RegisterCode;

/**
 * Compiles a function's register IR into a hidden class whose bytecode is the function itself:
 * real JVM branches for the IR's jumps, one static call into the runtime layer per instruction,
 * constants and inline caches as class-data constants, so HotSpot compiles a Python function as
 * it compiles Java (see docs/DISPATCH.md for the design and the measurements behind it).
 *
 * <p>Entry point: {@link #compile(RegisterCode)}, called lazily (by tiering's compiler thread once
 * a function is hot, never eagerly at import: spinning costs tens of microseconds per function and
 * tens of milliseconds for the first one in a JVM). The result is installed by the caller into
 * {@code RegisterCode.body}. Spun bodies keep no state of their own, so any number of threads may
 * run one at the same time.
 */
public final class SpinCompiler {
    private SpinCompiler() {}

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final AtomicLong SERIAL = new AtomicLong();

    /**
     * HotSpot does not JIT-compile methods over 8000 bytecode bytes (-XX:-DontCompileHugeMethods),
     * and the interpreter running a spun method is slower than the switch loop: such code falls back.
     */
    static final int MAX_METHOD_BYTES = 8000;
    private static final int MIN_BYTES_PER_INSTR = 4;

    /**
     * {@code -Dregpy.spin.callsites=false}: CALL goes straight to RegisterOps.call instead of a
     * {@link PyCallSite} (the measured alternative in docs/DISPATCH.md).
     */
    static final boolean CALL_SITES = !"false".equals(System.getProperty("regpy.spin.callsites"));

    /** Why the last {@link #compile} of a code object returned null (tests and docs; racy, informational). */
    public static volatile String lastFallbackReason;

    /**
     * The spun body of {@code rc}, or null when its IR uses something not compiled here (the
     * switch loop keeps running it; docs/DISPATCH.md lists what falls back). Thread-safe.
     */
    public static Body compile(RegisterCode rc) {
        try {
            return define(rc);
        } catch (BodySpinner.Unsupported u) {
            lastFallbackReason = rc.code.code.qualname + ": " + u.getMessage();
            return null;
        }
    }

    /** Spins and defines the class of rc; its instance is the Body (its static run is {@link SpunBody#entry}). */
    static SpunBody define(RegisterCode rc) {
        String simple = "Spun$" + sanitize(rc.code.code.name) + "$" + SERIAL.incrementAndGet();
        ClassDesc self = ClassDesc.of(SpinCompiler.class.getPackageName() + "." + simple);
        // every instruction costs at least its lasti store or a load and a store: skip hopeless cases early
        if (rc.ir.size() * MIN_BYTES_PER_INSTR > MAX_METHOD_BYTES)
            throw new BodySpinner.Unsupported(rc.ir.size() + " IR instructions (over " + MAX_METHOD_BYTES + " bytes of bytecode)");
        ClassData data = new ClassData();
        byte[] bytes;
        try {
            bytes = BodySpinner.spin(self, rc.ir, rc.code.consts(), rc.code.names, rc.caches, data, Counters.ENABLED);
        } catch (IllegalArgumentException e) {
            // the class file format's 64 KiB code limit; anything else is a bug to report
            if (e.getMessage() == null || !e.getMessage().startsWith("Code length")) throw e;
            throw new BodySpinner.Unsupported(e.getMessage() + " (over " + MAX_METHOD_BYTES + " bytes of bytecode)");
        }
        int size = runCodeLength(bytes);
        if (size > MAX_METHOD_BYTES) throw new BodySpinner.Unsupported(size + " bytes of bytecode (HotSpot compiles at most " + MAX_METHOD_BYTES + ")");
        try {
            MethodHandles.Lookup l = LOOKUP.defineHiddenClassWithClassData(bytes, data.values(), true);
            Class<?> c = l.lookupClass();
            return (SpunBody) l.findConstructor(c, MethodType.methodType(void.class)).invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("spinning " + rc.code.code.qualname, t);
        }
    }

    /** Bytecode length of the spun run method. */
    static int runCodeLength(byte[] bytes) {
        for (MethodModel m : ClassFile.of().parse(bytes).methods())
            if (m.methodName().equalsString(BodySpinner.RUN) && m.code().orElse(null) instanceof CodeAttribute a) return a.codeLength();
        throw new IllegalStateException("no run method");
    }

    private static String sanitize(String name) {
        StringBuilder sb = new StringBuilder();
        for (char ch : name.toCharArray()) sb.append(Character.isJavaIdentifierPart(ch) ? ch : '_');
        return sb.toString();
    }
}
