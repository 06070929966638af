package regpy.cache;

import java.util.concurrent.atomic.LongAdder;

/**
 * Hit, miss and state counts of the inline caches, per kind of site (LOAD_GLOBAL, LOAD_ATTR,
 * LOAD_METHOD).
 *
 * <p>Collected only when the JVM starts with {@code -Dregpy.count=true} (the switch that also
 * turns on the instruction counters behind {@code --stats}) or {@code -Dregpy.cachestats=true}.
 * {@link #ENABLED} is a static final, so with both off every counting call folds away.
 *
 * <p>A <em>hit</em> is a load served by a cache entry without the generic lookup. A <em>miss</em>
 * is every other load at an enabled site: the first load, a failed guard, a megamorphic site,
 * and an entry that knows the generic lookup must run (a type overriding __getattribute__, an
 * attribute that is missing). Sites are counted by their current state; a site moves between
 * counts as its state changes.
 */
public final class CacheStats {
    private CacheStats() {}

    public static final boolean ENABLED = Boolean.getBoolean("regpy.count") || Boolean.getBoolean("regpy.cachestats");

    public enum Kind {
        GLOBAL("LOAD_GLOBAL"), ATTR("LOAD_ATTR"), METHOD("LOAD_METHOD");
        final String label;
        Kind(String label) { this.label = label; }
    }

    public enum State { UNINITIALIZED, MONOMORPHIC, POLYMORPHIC, MEGAMORPHIC }

    private static final int KINDS = Kind.values().length, STATES = State.values().length;
    private static final LongAdder[] HITS = adders(KINDS), MISSES = adders(KINDS), SITES = adders(KINDS * STATES);

    private static LongAdder[] adders(int n) {
        LongAdder[] a = new LongAdder[n];
        for (int i = 0; i < n; i++) a[i] = new LongAdder();
        return a;
    }

    static void hit(Kind k) { if (ENABLED) HITS[k.ordinal()].increment(); }
    static void miss(Kind k) { if (ENABLED) MISSES[k.ordinal()].increment(); }
    static void siteCreated(Kind k) { if (ENABLED) SITES[k.ordinal() * STATES].increment(); }

    static void transition(Kind k, State from, State to) {
        if (ENABLED && from != to) {
            SITES[k.ordinal() * STATES + from.ordinal()].decrement();
            SITES[k.ordinal() * STATES + to.ordinal()].increment();
        }
    }

    public static long hits(Kind k) { return HITS[k.ordinal()].sum(); }
    public static long misses(Kind k) { return MISSES[k.ordinal()].sum(); }
    public static long sites(Kind k, State s) { return SITES[k.ordinal() * STATES + s.ordinal()].sum(); }

    /** Zeroes the hit and miss counts (site counts describe live sites and are kept). */
    public static void resetCounts() {
        for (LongAdder a : HITS) a.reset();
        for (LongAdder a : MISSES) a.reset();
    }

    /** A table of the counts, one line per kind; says so when statistics are off. */
    public static String report() {
        if (!ENABLED) return "inline caches: statistics off (run with -Dregpy.count=true or -Dregpy.cachestats=true)\n";
        StringBuilder sb = new StringBuilder(String.format("%-12s %12s %12s %7s %8s %6s %6s %6s%n",
                "inline cache", "hits", "misses", "hit %", "uninit", "mono", "poly", "mega"));
        for (Kind k : Kind.values()) {
            long h = hits(k), m = misses(k);
            sb.append(String.format("%-12s %12d %12d %7s %8d %6d %6d %6d%n", k.label, h, m,
                    h + m == 0 ? "-" : String.format("%.1f", 100.0 * h / (h + m)),
                    sites(k, State.UNINITIALIZED), sites(k, State.MONOMORPHIC),
                    sites(k, State.POLYMORPHIC), sites(k, State.MEGAMORPHIC)));
        }
        if (!InlineCaches.enabled) sb.append("(inline caches were disabled)\n");
        return sb.toString();
    }
}
