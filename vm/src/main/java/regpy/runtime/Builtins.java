package regpy.runtime;

import regpy.objects.*;

/** Small helpers shared by the engines and the builtins module. */
public final class Builtins {
    private Builtins() {}

    public static final PyType SUPER_TYPE = Types.SUPER;

    /** ascii(v): repr with non-ASCII characters escaped. */
    public static PyStr ascii(PyObject v) {
        String r = Abstract.repr(v).value;
        StringBuilder sb = null;
        for (int i = 0; i < r.length(); ) {
            int cp = r.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp >= 128) {
                if (sb == null) sb = new StringBuilder(r.substring(0, i));
                if (cp <= 0xff) sb.append(String.format("\\x%02x", cp));
                else if (cp <= 0xffff) sb.append(String.format("\\u%04x", cp));
                else sb.append(String.format("\\U%08x", cp));
            } else if (sb != null) sb.append((char) cp);
            i += n;
        }
        return sb == null ? PyStr.of(r) : PyStr.of(sb.toString());
    }
}
