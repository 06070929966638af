package regpy.tokenize;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code python -m tokenize -e} over many files in one JVM, for {@code scripts/ast-parity --tokenize}:
 * {@code TokenizeFiles LIST OUT} writes "=== FILE rc=N", stdout, "--- err", stderr per file.
 */
public final class TokenizeFiles {
    private TokenizeFiles() {}

    public static void main(String[] args) throws IOException {
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String f : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
                int rc = TokenizeMain.run(new String[] {"-e", f}, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                w.write("=== " + f + " rc=" + rc + "\n" + out.toString(StandardCharsets.UTF_8) + "--- err\n"
                        + err.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
