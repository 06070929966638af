"""Text wrapping and filling (pure-Python textwrap for regpy).

Chunking follows CPython's rules exactly (words split after hyphens between letters, em-dashes
as their own chunks); it is a hand-written scanner since regpy has no re module.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word_char(c) or c in '!"\'&.,?'


def _split_word(text, start, end):
    """Split the non-whitespace run text[start:end] into chunks at hyphens and em-dashes."""
    chunks = []

    def at(i):
        return text[i] if 0 <= i < len(text) and i < end else ''

    def dash_run(i):
        j = i
        while j < end and text[j] == '-':
            j += 1
        return j

    pos = start
    while pos < end:
        # An em-dash ("--") between words is a chunk of its own.
        if text[pos] == '-' and pos > 0 and _is_word_punct(text[pos - 1]):
            j = dash_run(pos)
            if j - pos >= 2 and j < end and _is_word_char(text[j]):
                chunks.append(text[pos:j])
                pos = j
                continue
        cut = end
        for e in range(pos + 1, end + 1):
            if e == end:
                break
            last = text[e - 1]
            if last == '-' and e - 1 > pos:
                behind = ((_is_letter(at(e - 3)) and _is_letter(at(e - 2)))
                          or (_is_letter(at(e - 4)) and at(e - 3) == '-' and _is_letter(at(e - 2))))
                ahead = _is_letter(at(e)) and (_is_letter(at(e + 1)) or
                                               (at(e + 1) == '-' and _is_letter(at(e + 2))))
                if behind and ahead:
                    cut = e
                    break
            if _is_word_punct(last) and text[e] == '-':
                j = dash_run(e)
                if j - e >= 2 and j < end and _is_word_char(text[j]):
                    cut = e
                    break
        chunks.append(text[pos:cut])
        pos = cut
    return chunks


class TextWrapper:
    """Object for wrapping/filling text.  The public interface consists of the wrap() and
    fill() methods; the other methods are just there for subclasses to override.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words and whitespace runs."""
        chunks = []
        i, n = 0, len(text)
        while i < n:
            j = i
            in_space = text[i] in _whitespace
            while j < n and (text[j] in _whitespace) == in_space:
                j += 1
            if in_space or not self.break_on_hyphens:
                chunks.append(text[i:j])
            else:
                chunks.extend(_split_word(text, i, j))
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence end: a lowercase letter, then . ! or ?, maybe a quote."""
        i = 0
        while i < len(chunks) - 1:
            chunk = chunks[i]
            if chunks[i + 1] == ' ' and self._ends_sentence(chunk):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    @staticmethod
    def _ends_sentence(chunk):
        if chunk[-1:] in ('"', "'"):
            chunk = chunk[:-1]
        return (len(chunk) >= 2 and chunk[-1] in '.!?'
                and 'a' <= chunk[-2] <= 'z')

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError(f'invalid width {self.width!r} (must be > 0)')
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or (not chunks or self.drop_whitespace and len(chunks) == 1
                            and not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap a single paragraph of text; returns a list of lines without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Fill a single paragraph of text, returning a new string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines holding only spaces and tabs are normalized to empty lines.
    """
    lines = text.split('\n')
    lines = ['' if line and line.strip(' \t') == '' else line for line in lines]
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of selected lines in 'text' (default: non-blank lines)."""
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
