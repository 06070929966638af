package regpy.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the compiler's SyntaxWarnings go (compile.c's compiler_warn, which calls
 * {@code warnings.warn_explicit(SyntaxWarning, message, filename, lineno)}). The translator knows no
 * Python objects, so the VM installs a handler that goes through its {@code warnings} module; the
 * default prints what CPython's default filters print.
 */
@FunctionalInterface
public interface CompileWarnings {
    /**
     * Reports one SyntaxWarning. Returns true when the warning filters turned it into an exception
     * ({@code -W error}); the compiler then raises SyntaxError with the same message at the node, as
     * CPython does.
     */
    boolean warn(String message, String filename, int lineno);

    /** Drops every warning. */
    CompileWarnings IGNORE = (message, filename, lineno) -> false;

    /**
     * CPython's default display on stderr: {@code FILE:LINE: SyntaxWarning: MESSAGE}, then the source
     * line stripped and indented by two spaces when the file can be read.
     */
    CompileWarnings STDERR = (message, filename, lineno) -> {
        StringBuilder sb = new StringBuilder().append(filename).append(':').append(lineno)
                .append(": SyntaxWarning: ").append(message).append('\n');
        String line = sourceLine(filename, lineno);
        if (line != null && !line.isEmpty()) sb.append("  ").append(line).append('\n');
        System.err.print(sb);
        System.err.flush();
        return false;
    };

    /** Line {@code lineno} of a source file, stripped, or null (as linecache.getline gives ''). */
    static String sourceLine(String filename, int lineno) {
        if (lineno < 1 || filename.startsWith("<")) return null;
        try {
            List<String> lines = Files.readAllLines(Path.of(filename), StandardCharsets.UTF_8);
            return lineno <= lines.size() ? lines.get(lineno - 1).strip() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
