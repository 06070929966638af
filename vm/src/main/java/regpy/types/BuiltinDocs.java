package regpy.types;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The docstrings of the builtin functions, loaded from a resource on first use. */
final class BuiltinDocs {
    private BuiltinDocs() {}

    private static volatile Properties docs;

    static String get(String name) {
        Properties p = docs;
        if (p == null) {
            p = new Properties();
            try (InputStream in = BuiltinDocs.class.getResourceAsStream("/regpy/builtin_docs.properties")) {
                if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // no docs: __doc__ is None
            }
            docs = p;
        }
        return p.getProperty(name);
    }
}
