package regpy.modules;

import java.util.Set;

import regpy.objects.PyModule;

/**
 * A source of modules implemented in Java. Implementations are found with
 * {@link java.util.ServiceLoader} (list the class in
 * META-INF/services/regpy.modules.ModuleProvider), so other jars (stdlib/) can add modules.
 * Modules are created lazily, on first import, and only once.
 *
 * <pre>
 * public final class MathProvider implements ModuleProvider {
 *     public Set&lt;String&gt; names() { return Set.of("math"); }
 *     public PyModule create(String name) {
 *         PyModule m = new PyModule(name);
 *         m.def("sqrt", (args, kw) -> PyFloat.of(Math.sqrt(...)));
 *         m.set("pi", PyFloat.of(Math.PI));
 *         return m;
 *     }
 * }
 * </pre>
 */
public interface ModuleProvider {
    /** The module names this provider can create. */
    Set<String> names();

    /** Creates and fills the named module (one of {@link #names()}). */
    PyModule create(String name);
}
