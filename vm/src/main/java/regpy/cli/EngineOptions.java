package regpy.cli;

import java.util.List;

import regpy.engine.Engines;

/**
 * The launcher's engine options, accepted before the program ({@code regpy --engine register run
 * F}) or between {@code run} and the file ({@code regpy run --stats F}):
 * <ul>
 *   <li>{@code --engine stack|register|tiered} (or {@code --engine=NAME}): which engine runs
 *       Python code; the default is {@link #DEFAULT_ENGINE}, overridable by {@code -Dregpy.engine};
 *   <li>{@code --stats}: run the program once on each engine and print the executed instructions
 *       and the inline-cache counts to stderr ({@link StatsCommand});
 *   <li>{@code --no-caches}: every inline-cache site takes the uncached path (experiments).
 * </ul>
 */
final class EngineOptions {
    /** The engine when neither {@code --engine} nor {@code -Dregpy.engine} says otherwise. */
    static final String DEFAULT_ENGINE = "tiered";

    static final List<String> ENGINES = List.of("stack", "register", "tiered");

    String engine = System.getProperty("regpy.engine", DEFAULT_ENGINE);
    boolean stats;
    boolean caches = true;
    /** Set when an option was malformed; the launcher prints it with the usage. */
    String error;

    /**
     * Consumes {@code arg} (and its value from {@code rest}) when it is an engine option; returns
     * false for anything else.
     */
    boolean accept(String arg, List<String> rest) {
        switch (arg) {
            case "--stats" -> stats = true;
            case "--no-caches" -> caches = false;
            case "--engine" -> {
                if (rest.isEmpty()) { error = "Argument expected for the --engine option"; return true; }
                setEngine(rest.remove(0));
            }
            default -> {
                if (!arg.startsWith("--engine=")) return false;
                setEngine(arg.substring("--engine=".length()));
            }
        }
        return true;
    }

    private void setEngine(String name) {
        if (ENGINES.contains(name)) engine = name;
        else error = "unknown engine '" + name + "' (choose from stack, register, tiered)";
    }
}
