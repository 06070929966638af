package regpy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import regpy.tokenize.TokenizeMain;

/**
 * {@code python -m tokenize -e} of a CRLF source keeps '\r\n' in NEWLINE, NL and multi-line
 * tokens (cli/crlf_source.tokens is python3.13's output for cli/crlf_source.py).
 */
class TokenizeLineEndsTest {
    @Test
    void crlfLineEndsAsCPython() throws Exception {
        Path file = Path.of(TokenizeLineEndsTest.class.getResource("/frontend/cli/crlf_source.py").toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = TokenizeMain.run(new String[] {"-e", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
        assertEquals(FuzzCorpus.resource("/frontend/cli/crlf_source.tokens"), out.toString(StandardCharsets.UTF_8));
    }
}
