/**
 * Python's text machinery as pure Java kernels over java.lang.String (str), byte[] (bytes and
 * bytearray), long/BigInteger (int) and double (float), with no dependency on the object model.
 * Invalid input raises {@link regpy.text.TextError} carrying the Python exception class name and
 * CPython's exact message ({@link regpy.text.CodecError} for UnicodeEncodeError/DecodeError);
 * the VM converts it into the Python exception.
 *
 * <p>Entry points, by concern:
 * <ul>
 *   <li>{@link regpy.text.CodePoints}: code point length, s[i], s[a:b:c], comparison, str * n
 *       (ASCII/BMP fast path when the cached code point length equals s.length()).</li>
 *   <li>{@link regpy.text.StrMethods}: find/index/count/startswith, split/rsplit/splitlines,
 *       partition, strip, replace, expandtabs, center/ljust/rjust/zfill, translate/maketrans.</li>
 *   <li>{@link regpy.text.CaseMapping}: lower/upper/title/capitalize/swapcase/casefold with full
 *       Unicode mappings, and the is*() predicates; {@link regpy.text.UnicodeProps} per code point.
 *       Character data is CPython 3.13's (Unicode 15.1), generated into {@code UnicodeTables}.</li>
 *   <li>{@link regpy.text.Codecs}: str.encode / bytes.decode for utf-8, ascii, latin-1.</li>
 *   <li>{@link regpy.text.BytesMethods}: the bytes/bytearray methods, hex/fromhex.</li>
 *   <li>{@link regpy.text.FormatSpec}, {@link regpy.text.IntFormat}, {@link regpy.text.FloatFormat}:
 *       format(value, spec) for str, int, float, complex; str(int) with the 4300-digit limit,
 *       bin/oct/hex; the 'e'/'f'/'g'/'r' float conversions.</li>
 *   <li>{@link regpy.text.PercentFormat}: str % args and bytes % args.</li>
 *   <li>{@link regpy.text.FormatString}: str.format / format_map, formatter_parser,
 *       formatter_field_name_split.</li>
 *   <li>{@link regpy.text.NumberParsing}: int(s, base), float(s), complex(s).</li>
 *   <li>{@link regpy.text.Ascii}: ascii() from a repr.</li>
 * </ul>
 * repr() of str, bytes and float lives in regpy.code.Repr (translator), shared with the compiler.
 */
package regpy.text;
