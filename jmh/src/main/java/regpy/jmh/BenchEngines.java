package regpy.jmh;

import java.lang.reflect.InvocationTargetException;

import regpy.code.CodeObject;
import regpy.interp.Interpreter;
import regpy.modules.BuiltinsModule;
import regpy.objects.PyCode;
import regpy.objects.PyModule;
import regpy.runtime.Calls;
import regpy.runtime.SourceCompiler;

/**
 * What the JMH suites share: selecting an engine by name (the {@code engine} {@code @Param} of each
 * suite) and running a Python module's source on it.
 *
 * <p>The engines beyond the reference interpreter are looked up reflectively, so this module keeps
 * compiling while they are being written; a benchmark on an engine that is not there fails in its
 * {@code @Setup} with a message naming what is missing, and the gate checker then reports the
 * benchmark as missing (a gate never passes by default).
 */
public final class BenchEngines {
    private BenchEngines() {}

    /** Engine names as {@code -Dregpy.engine} / {@code --engine} spell them. */
    public static final String STACK = "stack", REGISTER = "register", SPIN = "spin", TIERED = "tiered";

    /**
     * Makes {@code name} the active engine ({@link Calls#engine}) and returns it: the choice of
     * {@code regpy.engine.Engines.select(name)}, the one place that maps names to engines, except
     * {@code spin}, the register engine with every function spun before its first call
     * (regpy.engine.spin.SpinningEngine, which is not a command-line engine).
     */
    public static Calls.Engine select(String name) {
        Calls.Engine e;
        if (name.equals(STACK)) e = Interpreter.INSTANCE;
        else if (name.equals(SPIN)) e = singleton("regpy.engine.spin.SpinningEngine");
        else if (name.equals(TIERED)) e = singleton("regpy.engine.tier.TieredEngine"); // its class init registers it
        else {
            try {
                e = (Calls.Engine) Class.forName("regpy.engine.Engines").getMethod("select", String.class).invoke(null, name);
            } catch (InvocationTargetException ex) {
                throw new IllegalStateException("engine '" + name + "' not available: " + ex.getCause().getMessage(), ex.getCause());
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("engine '" + name + "' not available: no regpy.engine.Engines.select (" + ex + ")", ex);
            }
        }
        Calls.engine = e;
        return e;
    }

    /** The {@code INSTANCE} of an engine class, or an error that names what is missing. */
    private static Calls.Engine singleton(String className) {
        try {
            return (Calls.Engine) Class.forName(className).getField("INSTANCE").get(null);
        } catch (ReflectiveOperationException | ClassCastException ex) {
            throw new IllegalStateException("engine not available: " + className + ".INSTANCE (" + ex + ")", ex);
        }
    }

    /** Runs {@code source} as the body of a fresh module on the active engine and returns the module. */
    public static PyModule load(String source, String name) {
        CodeObject code = SourceCompiler.compile(source, "<" + name + ">", "exec");
        PyModule module = new PyModule(name);
        module.set("__builtins__", BuiltinsModule.module());
        Calls.engine.runCode(new PyCode(code), module.dict, module.dict, null);
        return module;
    }
}
