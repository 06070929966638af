package regpy.text;

/**
 * UnicodeEncodeError / UnicodeDecodeError with the attributes Python exposes: encoding,
 * object (the String or byte[] being converted), start, end (code point or byte positions)
 * and reason. getMessage() is CPython's str() of the exception.
 */
public final class CodecError extends TextError {
    private final String encoding;
    private final Object object;
    private final int start, end;
    private final String reason;

    CodecError(String pyType, String message, String encoding, Object object, int start, int end, String reason) {
        super(pyType, message);
        this.encoding = encoding;
        this.object = object;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    public String encoding() { return encoding; }
    /** The String (encode) or byte[] (decode) being converted. */
    public Object object() { return object; }
    public int start() { return start; }
    public int end() { return end; }
    public String reason() { return reason; }

    static CodecError encode(String encoding, String s, int[] cps, int start, int end, String reason) {
        String what;
        if (end - start == 1) {
            what = "character '" + Ascii.escape(cps[start]) + "' in position " + start;
        } else {
            what = "characters in position " + start + "-" + (end - 1);
        }
        return new CodecError("UnicodeEncodeError", "'" + encoding + "' codec can't encode " + what + ": " + reason,
                encoding, s, start, end, reason);
    }

    static CodecError decode(String encoding, byte[] b, int start, int end, String reason) {
        String what = end - start == 1
                ? String.format("byte 0x%02x in position %d", b[start] & 0xff, start)
                : "bytes in position " + start + "-" + (end - 1);
        return new CodecError("UnicodeDecodeError", "'" + encoding + "' codec can't decode " + what + ": " + reason,
                encoding, b, start, end, reason);
    }
}
