package regpy.cache;

/**
 * One guarded fact in a cache site's state. Entries are immutable (final fields only), so a site
 * may publish them through a volatile field and a racing reader sees them whole.
 */
interface CacheEntry {
    /**
     * Whether both entries are specialised for the same thing (a receiver type, a class object, a
     * module dict, a globals dict): a newer entry replaces an older one for the same thing
     * instead of adding polymorphism.
     */
    boolean sameKey(CacheEntry other);
}
