package regpy.cache;

import regpy.ir.IrOp;

/**
 * Factory and global switch for the inline caches of the register engines (issue 6).
 *
 * <p>The translator gives each LOAD_GLOBAL, LOAD_ATTR and LOAD_METHOD instruction a cache slot;
 * the engine fills it once with {@link #forInstr} and calls the cache's load method in place of
 * the uncached runtime operation. With {@link #enabled} false every site takes the uncached
 * path (benchmarks compare both; a debugging aid when a cache is suspected).
 */
public final class InlineCaches {
    private InlineCaches() {}

    /** false: every cache site performs the plain (uncached) lookup and leaves its state alone. */
    public static volatile boolean enabled = !Boolean.getBoolean("regpy.nocaches");

    /** A new, uninitialized cache for one instruction: a {@link GlobalCache} or an {@link AttrCache}. */
    public static Object forInstr(IrOp op, String name) {
        return switch (op) {
            case LOAD_GLOBAL -> new GlobalCache(name);
            case LOAD_ATTR -> new AttrCache(name, CacheStats.Kind.ATTR);
            case LOAD_METHOD -> new AttrCache(name, CacheStats.Kind.METHOD);
            default -> throw new IllegalArgumentException("no inline cache for " + op);
        };
    }
}
