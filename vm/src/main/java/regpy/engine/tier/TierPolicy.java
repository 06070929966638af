package regpy.engine.tier;

/**
 * When a code object leaves the reference interpreter: after {@link #calls} calls, or after
 * {@link #backEdges} backward jumps (loop iterations, counted over all frames of the code), its
 * compilation is requested. From system properties, read once at startup:
 * <ul>
 *   <li>{@code -Dregpy.tier.calls=N} (default {@value #DEFAULT_CALLS});
 *   <li>{@code -Dregpy.tier.backedges=N} (default {@value #DEFAULT_BACK_EDGES});
 *   <li>{@code -Dregpy.tier.sync=true}: compile on the thread that crossed the threshold instead of
 *       the background thread, so installation and on-stack replacement happen at a deterministic
 *       point (tests, debugging); off by default.
 * </ul>
 * The defaults are provisional, chosen rather than measured: low enough that a short program's
 * hot code leaves the interpreter within milliseconds, high enough that code run a few times
 * (module bodies, imports, class bodies, most of the standard library at start-up) is never
 * translated. Tune them with scripts/lib/engine_times.py on ../shared/bench.
 *
 * <p>The fields are plain statics rather than constants so that tests can set them; tiering
 * reads them once per call or backward jump of cold code only.
 */
final class TierPolicy {
    private TierPolicy() {}

    static final int DEFAULT_CALLS = 100;
    static final int DEFAULT_BACK_EDGES = 1000;

    static int calls = positive("regpy.tier.calls", DEFAULT_CALLS);
    static int backEdges = positive("regpy.tier.backedges", DEFAULT_BACK_EDGES);
    static boolean synchronous = Boolean.getBoolean("regpy.tier.sync");

    private static int positive(String property, int dflt) {
        return Math.max(1, Integer.getInteger(property, dflt));
    }
}
