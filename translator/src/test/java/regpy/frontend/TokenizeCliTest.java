package regpy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import regpy.tokenize.TokenizeMain;

/**
 * {@code python -m tokenize -e} where the tokenize module reads the source unlike the parser:
 * CRLF line ends kept in NEWLINE, NL and multi-line tokens, and invalid UTF-8 (refused on the
 * lines detect_encoding reads, replaced by U+FFFD after them). Expected outputs are python3.13's
 * (resources frontend/cli/crlf_source.tokens, late_invalid.tokens).
 */
class TokenizeCliTest {
    private record Run(int rc, String out, String err) {}

    private static Run run(String resource) throws Exception {
        Path file = Path.of(TokenizeCliTest.class.getResource("/frontend/cli/" + resource).toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = TokenizeMain.run(new String[] {"-e", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).replace(file.toString(), "FILE"));
    }

    @Test
    void crlfLineEndsAsCPython() throws Exception {
        Run r = run("crlf_source.py");
        assertEquals(0, r.rc(), r.err());
        assertEquals(FuzzCorpus.resource("/frontend/cli/crlf_source.tokens"), r.out());
    }

    @Test
    void invalidUtf8AsTheTokenizeModule() throws Exception {
        Run late = run("late_invalid.py");
        assertEquals(0, late.rc(), late.err());
        assertEquals(FuzzCorpus.resource("/frontend/cli/late_invalid.tokens"), late.out());
        Run first = run("invalid_first.py");
        assertEquals(1, first.rc());
        assertEquals("FILE: error: invalid or missing encoding declaration for 'FILE'\n", first.err());
    }
}
