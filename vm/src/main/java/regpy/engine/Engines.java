package regpy.engine;

import java.util.function.Supplier;

import regpy.interp.Interpreter;
import regpy.runtime.Calls;

/**
 * Engine selection by name: {@code stack} (the reference interpreter), {@code register} (the
 * register IR on {@link RegisterEngine}), and {@code tiered} once tiering registered its engine
 * in {@link #tiered}. The default name comes from the system property {@code -Dregpy.engine}
 * (else {@code stack}); regpy.cli.Main installs the choice with
 * {@code Calls.engine = Engines.select(name)}.
 */
public final class Engines {
    private Engines() {}

    /** Set by tiering (regpy.engine.tier) to provide the "tiered" engine; null until then. */
    public static volatile Supplier<Calls.Engine> tiered;

    /** The engine name given by {@code -Dregpy.engine}, or "stack". */
    public static String defaultName() { return System.getProperty("regpy.engine", "stack"); }

    /** The engine called {@code name}; IllegalArgumentException for an unknown or unavailable one. */
    public static Calls.Engine select(String name) {
        return switch (name) {
            case "stack" -> Interpreter.INSTANCE;
            case "register" -> RegisterEngine.INSTANCE;
            case "tiered" -> {
                Supplier<Calls.Engine> t = tiered;
                if (t == null) throw new IllegalArgumentException("the tiered engine is not available");
                yield t.get();
            }
            default -> throw new IllegalArgumentException("unknown engine '" + name + "' (stack, register, tiered)");
        };
    }

    /** {@link #select} of {@link #defaultName()}. */
    public static Calls.Engine fromProperty() { return select(defaultName()); }
}
