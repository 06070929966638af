package regpy.cache;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The state machine shared by every inline cache site: uninitialized → monomorphic →
 * polymorphic (at most {@link #MAX_ENTRIES} entries) → megamorphic (plain lookup from then on).
 *
 * <p>The state is one immutable value in a volatile field: null (uninitialized), a
 * {@link CacheEntry} (monomorphic), a CacheEntry[] never written after publication (polymorphic),
 * or {@link #MEGAMORPHIC}. Transitions are compare-and-set, so two threads missing at once both
 * succeed or one retries: a reader sees the old or the new state, never a mixture, and the state
 * counts in {@link CacheStats} stay exact.
 */
abstract sealed class CacheSite permits GlobalCache, AttrCache {
    static final Object MEGAMORPHIC = new Object() {
        @Override public String toString() { return "megamorphic"; }
    };
    static final int MAX_ENTRIES = 4;
    /** A site whose entries keep going stale (e.g. globals added in a loop) stops caching. */
    static final int MAX_RESPECIALIZATIONS = 64;

    private static final VarHandle STATE;
    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(CacheSite.class, "state", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final CacheStats.Kind kind;
    volatile Object state;
    /** How often an entry was replaced by a newer one with the same key. Racy on purpose: a
     *  lost increment only delays the megamorphic transition. */
    private int respecializations;

    CacheSite(CacheStats.Kind kind) {
        this.kind = kind;
        CacheStats.siteCreated(kind);
    }

    /** An entry array of the subclass's entry type, so the hit loop needs no casts. */
    abstract CacheEntry[] newEntries(int n);

    /** Adds a fresh entry after a miss (replacing a stale one with the same key). */
    final void install(CacheEntry e) {
        while (true) {
            Object s = state;
            if (s == MEGAMORPHIC) return;
            Object next = next(s, e);
            if (STATE.compareAndSet(this, s, next)) {
                CacheStats.transition(kind, stateOf(s), stateOf(next));
                return;
            }
        }
    }

    private Object next(Object s, CacheEntry e) {
        if (s == null) return e;
        CacheEntry[] old = s instanceof CacheEntry[] a ? a : new CacheEntry[] {(CacheEntry) s};
        for (int i = 0; i < old.length; i++) {
            if (old[i].sameKey(e)) {
                if (++respecializations > MAX_RESPECIALIZATIONS) return MEGAMORPHIC;
                if (old.length == 1) return e;
                CacheEntry[] out = newEntries(old.length);
                System.arraycopy(old, 0, out, 0, old.length);
                out[i] = e;
                return out;
            }
        }
        if (old.length == MAX_ENTRIES) return MEGAMORPHIC;
        CacheEntry[] out = newEntries(old.length + 1);
        System.arraycopy(old, 0, out, 0, old.length);
        out[old.length] = e;
        return out;
    }

    static CacheStats.State stateOf(Object s) {
        if (s == null) return CacheStats.State.UNINITIALIZED;
        if (s == MEGAMORPHIC) return CacheStats.State.MEGAMORPHIC;
        return s instanceof CacheEntry[] ? CacheStats.State.POLYMORPHIC : CacheStats.State.MONOMORPHIC;
    }

    /** The site's current state (for tests and statistics). */
    public final CacheStats.State state() { return stateOf(state); }

    /** The number of entries in the current state (0 when uninitialized or megamorphic). */
    public final int entryCount() {
        Object s = state;
        return s instanceof CacheEntry[] a ? a.length : s instanceof CacheEntry ? 1 : 0;
    }
}
