package regpy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import regpy.ast.AstMain;
import regpy.tokenize.TokenizeMain;

/**
 * {@code python -m ast -a FILE} and {@code python -m tokenize -e FILE} (AstMain, TokenizeMain)
 * against CPython 3.13 on examples/ and the conformance corpus sources: cli/cli_hashes.txt holds a
 * hash of CPython's stdout, stderr and exit code per file (made by gen_cli.py). The corpus lives
 * outside the project (../shared/conformance); its files are skipped when it is absent.
 */
class CliParityTest {
    @Test
    void astAndTokenizeCommandsMatchCPython() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();   // the tests run in translator/
        Path corpus = root.resolveSibling("shared").resolve("conformance");
        StringBuilder bad = new StringBuilder();
        int checked = 0;
        for (String line : FuzzCorpus.resource("/frontend/cli/cli_hashes.txt").split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split(" ", 3);
            Path file = (f[1].startsWith("examples/") ? root : corpus).resolve(f[1]);
            if (!Files.exists(file)) continue;
            String got = hash(f[0], file.toString());
            checked++;
            if (!got.equals(f[2])) bad.append("  ").append(f[0]).append(' ').append(f[1]).append('\n');
        }
        Assumptions.assumeTrue(checked > 0, "neither examples/ nor the conformance corpus found from " + root);
        assertTrue(checked >= 6, "too few files checked: " + checked);
        assertEquals("", bad.toString(), checked + " outputs checked");
    }

    /** As gen_cli.py: sha256(stdout NUL stderr NUL exit code), first 16 hex digits. */
    private static String hash(String module, String file) throws IOException, java.security.NoSuchAlgorithmException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8), pe = new PrintStream(err, true, StandardCharsets.UTF_8);
        int rc = module.equals("ast") ? AstMain.run(new String[]{"-a", file}, po, pe)
                : TokenizeMain.run(new String[]{"-e", file}, po, pe);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(out.toByteArray());
        md.update((byte) 0);
        md.update(err.toByteArray());
        md.update((byte) 0);
        md.update(String.valueOf(rc).getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }
}
