package regpy.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The compiler corpus and CPython 3.13's expected outputs for it (see gen_corpus.py). */
final class Fixtures {
    private Fixtures() {}

    static final Path ROOT = Path.of("src/test/resources/compiler");
    static final Path CORPUS = ROOT.resolve("corpus");
    static final Path EXPECTED = ROOT.resolve("expected");

    /** Names of the corpus snippets, sorted. */
    static List<String> names() {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        } catch (IOException e) { throw new UncheckedIOException(e); }
    }

    static String read(Path p) {
        try { return Files.readString(p); } catch (IOException e) { throw new UncheckedIOException(e); }
    }

    static byte[] bytes(Path p) {
        try { return Files.readAllBytes(p); } catch (IOException e) { throw new UncheckedIOException(e); }
    }

    /** repr() as the expected files show it: code object addresses normalised to "0x...". */
    static String repr(Object v) { return regpy.compile.tools.CodeAttrs.repr(v); }
}
