package regpy.engine;

import regpy.code.CodeObject;
import regpy.interp.Interpreter;
import regpy.modules.BuiltinsModule;
import regpy.objects.*;
import regpy.runtime.*;

/**
 * Runs a snippet on one engine and renders the outcome as text: the repr of the module's
 * {@code result}, or the formatted traceback of the exception that escaped. Public so that the
 * engines in subpackages (spin, tier) can compare against the same rendering.
 */
public final class EngineHarness {
    private EngineHarness() {}

    public static String stack(String src) { return run(Interpreter.INSTANCE, src); }

    public static String register(String src) { return run(RegisterEngine.INSTANCE, src); }

    public static String run(Calls.Engine engine, String src) {
        Calls.Engine saved = Calls.engine;
        Calls.engine = engine;
        try {
            CodeObject co = SourceCompiler.compile(src, "<engine>", "exec");
            TracebackPrinter.registerSource("<engine>", src);
            PyModule m = new PyModule("__main__");
            m.set("__builtins__", BuiltinsModule.module());
            engine.runCode(new PyCode(co), m.dict, m.dict, null);
            PyObject r = m.dict.getStr("result");
            return r == null ? "<no result>" : Abstract.reprString(r);
        } catch (PyException e) {
            return TracebackPrinter.format(e.exc);
        } finally {
            Calls.engine = saved;
        }
    }

    /** For the counting test (run in a JVM with -Dregpy.count=true): "stack register" counts of src. */
    public static void main(String[] args) {
        String src = args[0];
        Counters.reset();
        String a = stack(src);
        long stack = Counters.stack();
        Counters.reset();
        String b = register(src);
        long register = Counters.register();
        System.out.println(stack + " " + register + " " + Counters.stack() + " " + a.equals(b));
    }
}
