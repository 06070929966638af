package regpy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import regpy.ast.AstDump;
import regpy.parse.Parser;
import regpy.tokenize.TokenizeMain;

/**
 * The syntax corpus (resources/frontend/corpus/*.py): our ast.dump(tree, include_attributes=True,
 * indent=1) and our tokenize -e output must equal CPython 3.13's (NAME.ast, NAME.tok, made by
 * gen_corpus.py there).
 */
class CorpusTest {
    static List<Path> sources() throws IOException, URISyntaxException {
        Path dir = Path.of(CorpusTest.class.getResource("/frontend/corpus").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".py") && !p.getFileName().toString().startsWith("gen_"))
                    .sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> astDumpMatchesCPython() throws Exception {
        List<Path> files = sources();
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest("ast " + f.getFileName(), () -> {
            String expected = Files.readString(Path.of(f.toString().replaceAll("\\.py$", ".ast")));
            var tree = Parser.parse(Files.readAllBytes(f), f.getFileName().toString(), "exec");
            assertEquals(expected, AstDump.dump(tree, true, true, " ", false) + "\n");
        }));
    }

    @TestFactory
    Stream<DynamicTest> tokenizeMatchesCPython() throws Exception {
        return sources().stream().map(f -> DynamicTest.dynamicTest("tokenize " + f.getFileName(), () -> {
            String expected = Files.readString(Path.of(f.toString().replaceAll("\\.py$", ".tok")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int rc = TokenizeMain.run(new String[]{"-e", f.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(0, rc);
            assertEquals(expected, out.toString(StandardCharsets.UTF_8));
        }));
    }
}
