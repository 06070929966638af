package regpy.cache;

/** Hit, miss and state counts of the inline caches, per kind (filled in as the caches grow). */
public final class CacheStats {
    private CacheStats() {}

    public enum Kind { GLOBAL, ATTR, METHOD }

    public enum State { UNINITIALIZED, MONOMORPHIC, POLYMORPHIC, MEGAMORPHIC }

    public static String report() { return "inline caches: statistics not collected yet\n"; }
}
