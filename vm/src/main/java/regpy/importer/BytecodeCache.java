package regpy.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import regpy.code.CodeObject;
import regpy.code.Pyc;
import regpy.modules.SysModule;
import regpy.runtime.SourceCompiler;

/**
 * PEP 3147 caching: a module's code is kept in __pycache__/NAME.regpy-313.pyc and reused
 * while the source's mtime and size match (hash-based pycs are checked against the source
 * hash when they ask for it). A missing, stale, truncated or foreign cache file is ignored
 * and rewritten; an unwritable directory is skipped silently. -B, PYTHONDONTWRITEBYTECODE and
 * sys.dont_write_bytecode disable writing.
 */
final class BytecodeCache {
    private BytecodeCache() {}

    static final String TAG = "regpy-313";

    static Path cacheFile(Path source) {
        String name = source.getFileName().toString();
        String stem = name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
        return source.toAbsolutePath().getParent().resolve("__pycache__").resolve(stem + "." + TAG + ".pyc");
    }

    /** The code for a source file, from the cache when it is fresh, else compiled (and cached). */
    static CodeObject load(Path source, String text, String filename) {
        long mtime = -1, size = -1;
        Path cache = null;
        try {
            mtime = (Files.getLastModifiedTime(source).toMillis() / 1000) & 0xffffffffL;
            size = Files.size(source) & 0xffffffffL;
            cache = cacheFile(source);
            if (Files.isRegularFile(cache)) {
                byte[] data = Files.readAllBytes(cache);
                Pyc.Header h = Pyc.readHeader(data);
                boolean fresh;
                if (h.hashBased()) fresh = !h.checkSource() || Arrays.equals(h.hash(), Pyc.sourceHash(text.getBytes(StandardCharsets.UTF_8)));
                else fresh = h.mtime() == mtime && h.sourceSize() == size;
                if (fresh) {
                    CodeObject co = Pyc.read(data).code();
                    if (co.filename.equals(filename)) return co;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // unreadable or corrupt cache: recompile
        }
        CodeObject co = SourceCompiler.compile(text, filename, "exec");
        if (cache != null && mtime >= 0 && !dontWrite()) write(cache, Pyc.timestampPyc(co, mtime, size));
        return co;
    }

    private static boolean dontWrite() {
        if (SysModule.dontWriteBytecode) return true;
        var flag = SysModule.module().dict.getStr("dont_write_bytecode");
        return flag != null && regpy.runtime.Abstract.isTrue(flag);
    }

    private static void write(Path cache, byte[] data) {
        try {
            Files.createDirectories(cache.getParent());
            Path tmp = cache.resolveSibling(cache.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.write(tmp, data);
            Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException ignored) {
            if (System.getenv("REGPY_DEBUG_PYC") != null) ignored.printStackTrace();
            // an unwritable directory is skipped silently, as CPython does
        }
    }
}
