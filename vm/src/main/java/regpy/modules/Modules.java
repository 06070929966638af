package regpy.modules;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

import regpy.objects.PyModule;

/** The registry of Java-implemented modules: vm's own plus every {@link ModuleProvider} on the class path. */
public final class Modules {
    private Modules() {}

    private static volatile Map<String, Function<String, PyModule>> registry;

    private static Map<String, Function<String, PyModule>> registry() {
        Map<String, Function<String, PyModule>> r = registry;
        if (r == null) {
            synchronized (Modules.class) {
                r = registry;
                if (r == null) {
                    r = new HashMap<>();
                    r.put("builtins", n -> BuiltinsModule.module());
                    r.put("sys", n -> SysModule.module());
                    r.put("time", TimeModule::create);
                    r.put("_io", IoModule::create);
                    r.put("io", IoModule::create);
                    r.put("_thread", ThreadModule::create);
                    r.put("atexit", AtexitModule::create);
                    r.put("math", MathModule::create);
                    r.put("traceback", TracebackModule::create);
                    r.put("gc", n -> { PyModule m = new PyModule(n); m.def("collect", (a, k) -> regpy.objects.PyInt.ZERO); return m; });
                    for (ModuleProvider p : ServiceLoader.load(ModuleProvider.class)) {
                        for (String n : p.names()) r.putIfAbsent(n, p::create);
                    }
                    registry = r;
                }
            }
        }
        return r;
    }

    /** Creates the named Java module, or returns null when there is none. */
    public static PyModule create(String name) {
        Function<String, PyModule> f = registry().get(name);
        return f == null ? null : f.apply(name);
    }

    public static boolean exists(String name) { return registry().containsKey(name); }

    public static java.util.Set<String> names() { return registry().keySet(); }
}
