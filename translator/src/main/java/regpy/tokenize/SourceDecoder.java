package regpy.tokenize;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import regpy.parse.PySyntaxError;

/** Source bytes to text: UTF-8 BOM, PEP 263 coding declarations on the first two lines, UTF-8 default. */
public final class SourceDecoder {
    private SourceDecoder() {}

    /** Decoded text and the encoding name the tokenize module reports ('utf-8', 'utf-8-sig', 'iso-8859-1', ...). */
    public record Decoded(String text, String encoding) {}

    public static Decoded decode(byte[] data, String filename) {
        return decode(data, filename, false);
    }

    /**
     * As {@link #decode(byte[], String)}, but UTF-8 that does not decode is kept (see {@link RawBytes}):
     * the parser reports it where CPython's string-input parser does, at the literal or name holding it.
     */
    public static Decoded decodeForParser(byte[] data, String filename) {
        return decode(data, filename, true);
    }

    private static Decoded decode(byte[] data, String filename, boolean keepRaw) {
        boolean bom = data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF;
        int off = bom ? 3 : 0;
        String declared = null;
        int lineStart = off;
        for (int line = 0; line < 2 && lineStart < data.length; line++) {
            int end = lineStart;
            while (end < data.length && data[end] != '\n' && data[end] != '\r') end++;
            String l = new String(data, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            declared = cookie(l);
            if (declared != null) break;
            if (!l.strip().isEmpty() && !l.stripLeading().startsWith("#")) break;
            lineStart = end + 1;
            if (end < data.length && data[end] == '\r' && end + 1 < data.length && data[end + 1] == '\n') lineStart++;
        }
        String name = "utf-8";
        Charset cs = StandardCharsets.UTF_8;
        if (declared != null) {
            name = normalise(declared);
            if (bom && !name.equals("utf-8"))
                throw new PySyntaxError("SyntaxError", "encoding problem: " + declared + " with BOM", filename, 0, -1, 0, 0, null);
            try {
                cs = Charset.forName(name.equals("utf-8") ? "UTF-8" : name);
            } catch (RuntimeException e) {
                throw new PySyntaxError("SyntaxError", "unknown encoding: " + declared, filename, 0, -1, 0, 0, null);
            }
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = dec.decode(ByteBuffer.wrap(data, off, data.length - off)).toString();
            return new Decoded(text, bom ? "utf-8-sig" : name);
        } catch (CharacterCodingException e) {
            if (keepRaw && name.equals("utf-8")) return new Decoded(RawBytes.decode(data, off), bom ? "utf-8-sig" : name);
            int bad = firstBadUtf8(data, off);
            String msg = "(unicode error) '" + (name.equals("utf-8") ? "utf-8" : name) + "' codec can't decode byte 0x"
                    + String.format("%02x", data[Math.max(bad, 0)] & 0xff) + " in position " + (bad - off) + ": invalid start byte";
            throw new PySyntaxError("SyntaxError", msg, filename, 0, -1, 0, 0, null);
        }
    }

    private static int firstBadUtf8(byte[] d, int from) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder();
        for (int i = from; i < d.length; i++) {
            int b = d[i] & 0xff;
            if (b < 0x80) continue;
            int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
            if (len == 0 || i + len > d.length) return i;
            try { dec.decode(ByteBuffer.wrap(d, i, len)); } catch (CharacterCodingException e) { return i; }
            i += len - 1;
        }
        return from;
    }

    /** The encoding named by a "coding[:=]" comment on this line, or null. */
    static String cookie(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) i++;
        if (i >= line.length() || line.charAt(i) != '#') return null;
        int k = line.indexOf("coding", i);
        while (k >= 0) {
            int j = k + 6;
            if (j < line.length() && (line.charAt(j) == ':' || line.charAt(j) == '=')) {
                j++;
                while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) j++;
                int e = j;
                while (e < line.length() && (Character.isLetterOrDigit(line.charAt(e)) || "-_.".indexOf(line.charAt(e)) >= 0)) e++;
                if (e > j) return line.substring(j, e);
            }
            k = line.indexOf("coding", k + 1);
        }
        return null;
    }

    /** CPython's get_normal_name: utf-8 and latin-1 spellings folded. */
    static String normalise(String enc) {
        String e = enc.toLowerCase(Locale.ROOT).replace('_', '-');
        if (e.equals("utf-8") || e.startsWith("utf-8-")) return "utf-8";
        if (e.equals("latin-1") || e.equals("iso-8859-1") || e.equals("iso-latin-1")
                || e.startsWith("latin-1-") || e.startsWith("iso-8859-1-") || e.startsWith("iso-latin-1-")) return "iso-8859-1";
        return e;
    }
}
