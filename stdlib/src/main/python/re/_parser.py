"""Parser for regpy's re: pattern text -> tree of _engine nodes, with CPython's error messages."""

from re import _engine as E

# Flag values, as in CPython.
TEMPLATE, IGNORECASE, LOCALE, MULTILINE, DOTALL, UNICODE, VERBOSE, DEBUG, ASCII = \
    1, 2, 4, 8, 16, 32, 64, 128, 256

_FLAG_LETTERS = {'a': ASCII, 'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL,
                 'u': UNICODE, 'x': VERBOSE}
_REPEAT_CHARS = '*+?{'
_SIMPLE_ESCAPES = {'a': '\a', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
MAXREPEAT = 4294967295
MAXGROUPS = 2147483647


class PatternError(Exception):
    """Exception raised for invalid regular expressions (also available as re.error)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = f'{msg} at position {pos}'
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = f'{msg} (line {self.lineno}, column {self.colno})'
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError.__module__ = 're'
error = PatternError


class Parsed:
    """The result of parsing: root node, group count, group names, effective flags."""

    def __init__(self, root, groups, groupindex, flags):
        self.root = root
        self.groups = groups
        self.groupindex = groupindex
        self.flags = flags


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.n = len(pattern)
        self.i = 0
        self.flags = flags
        self.groups = 0
        self.groupindex = {}
        self.open_groups = set()
        self.is_bytes = False

    def error(self, msg, pos=None):
        return error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < self.n else ''

    # ------------------------------------------------------------ entry point

    def parse(self):
        self._global_flags()
        node = self.alternation(self.flags)
        if self.i < self.n:
            assert self.p[self.i] == ')'
            raise self.error('unbalanced parenthesis')
        return node

    def _global_flags(self):
        """Leading (?aiLmsux) groups set flags for the whole pattern."""
        while self.p.startswith('(?', self.i):
            j = self.i + 2
            letters = ''
            while j < self.n and self.p[j] in _FLAG_LETTERS:
                letters += self.p[j]
                j += 1
            if not letters or j >= self.n or self.p[j] != ')':
                return
            for c in letters:
                self.flags |= _FLAG_LETTERS[c]
            self.i = j + 1

    # ------------------------------------------------------------ structure

    def skip_verbose(self, flags):
        if not flags & VERBOSE:
            return
        while self.i < self.n:
            c = self.p[self.i]
            if c in ' \t\n\r\v\f':
                self.i += 1
            elif c == '#':
                while self.i < self.n and self.p[self.i] != '\n':
                    self.i += 1
            else:
                return

    def alternation(self, flags):
        branches = [self.sequence(flags)]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.sequence(flags))
        return branches[0] if len(branches) == 1 else E.Alternation(branches)

    def sequence(self, flags):
        items = []
        while True:
            self.skip_verbose(flags)
            c = self.peek()
            if c == '' or c in '|)':
                break
            start = self.i
            atom = self.atom(flags)
            if atom is None:
                continue
            atom = self.quantified(atom, start, flags)
            items.append(atom)
        return _merge_literals(items)

    def quantified(self, atom, start, flags):
        self.skip_verbose(flags)
        q = self.quantifier()
        if q is None:
            return atom
        low, high, qpos = q
        if isinstance(atom, (E.Anchor, E.Empty)):
            raise self.error('nothing to repeat', start)
        greedy, possessive = True, False
        if self.peek() == '?':
            greedy = False
            self.i += 1
        elif self.peek() == '+':
            possessive = True
            self.i += 1
        self.skip_verbose(flags)
        if self.quantifier(probe=True):
            raise self.error('multiple repeat', self.i)
        return E.Repeat(atom, low, high, greedy, possessive)

    def quantifier(self, probe=False):
        """Parse * + ? {m,n} at the cursor: (min, max, pos), or None if there is none."""
        c = self.peek()
        pos = self.i
        if c in ('*', '+', '?'):
            if not probe:
                self.i += 1
            return {'*': (0, None), '+': (1, None), '?': (0, 1)}[c] + (pos,)
        if c != '{':
            return None
        j = self.i + 1
        lo_text = ''
        while j < self.n and self.p[j].isdigit():
            lo_text += self.p[j]
            j += 1
        hi_text = lo_text
        if j < self.n and self.p[j] == ',':
            j += 1
            hi_text = ''
            while j < self.n and self.p[j].isdigit():
                hi_text += self.p[j]
                j += 1
        if j >= self.n or self.p[j] != '}':
            return None  # not a quantifier: '{' is a literal
        if probe:
            return (0, 0, pos)
        low = int(lo_text) if lo_text else 0
        high = int(hi_text) if hi_text else None
        if low > MAXREPEAT or (high is not None and high > MAXREPEAT):
            raise self.error('the repetition number is too large', pos + 1)
        if high is not None and high < low:
            raise self.error('min repeat greater than max repeat', pos + 1)
        self.i = j + 1
        return low, high, pos

    # ------------------------------------------------------------ atoms

    def atom(self, flags):
        c = self.p[self.i]
        start = self.i
        if c == '(':
            return self.group(flags)
        if c == '[':
            return self.char_class(flags)
        if c == '.':
            self.i += 1
            return E.Any(bool(flags & DOTALL))
        if c == '^':
            self.i += 1
            return E.Anchor('^', bool(flags & MULTILINE))
        if c == '$':
            self.i += 1
            return E.Anchor('$', bool(flags & MULTILINE))
        if c == '\\':
            return self.escape(flags)
        if c in _REPEAT_CHARS and self.quantifier(probe=True):
            raise self.error('nothing to repeat', start)
        self.i += 1
        return self.char(c, flags)

    def char(self, c, flags):
        return E.Char(c, bool(flags & IGNORECASE))

    def escape(self, flags):
        start = self.i
        self.i += 1
        if self.i >= self.n:
            raise self.error('bad escape (end of pattern)', start)
        c = self.p[self.i]
        self.i += 1
        ascii_only = bool(flags & ASCII)
        if c in 'dDwWsS':
            return E.Category(c, ascii_only)
        if c in 'AZ':
            return E.Anchor(c)
        if c in 'bB':
            return E.Anchor(c, ascii_only=ascii_only)
        if c.isdigit():
            return self.numeric_escape(c, start, flags)
        code = self.code_escape(c, start)
        return self.char(code, flags)

    def numeric_escape(self, c, start, flags):
        """\\0 and 3-digit octal escapes are characters; other digits refer to groups."""
        digits = c
        if c == '0':
            while len(digits) < 3 and self.peek() in '01234567' and self.peek():
                digits += self.p[self.i]
                self.i += 1
            return self.char(chr(int(digits, 8)), flags)
        if self.peek().isdigit() and self.peek():
            digits += self.p[self.i]
            self.i += 1
            if (digits[0] in '01234567' and digits[1] in '01234567'
                    and self.peek() in '01234567' and self.peek()):
                digits += self.p[self.i]
                self.i += 1
                value = int(digits, 8)
                if value > 0o377:
                    raise self.error(f'octal escape value \\{digits} outside of range 0-0o377',
                                     start)
                return self.char(chr(value), flags)
        group = int(digits)
        if group > self.groups:
            raise self.error(f'invalid group reference {group}', start + 1)
        if group in self.open_groups:
            raise self.error('cannot refer to an open group', start)
        return E.Backref(group, bool(flags & IGNORECASE))

    def code_escape(self, c, start):
        """The character for a one-character escape like \\n, \\x41, \\u00e9 or \\."""
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c == 'x':
            return chr(self.hex_digits(2, start, 'x'))
        if c == 'u' and not self.is_bytes:
            return chr(self.hex_digits(4, start, 'u'))
        if c == 'U' and not self.is_bytes:
            value = self.hex_digits(8, start, 'U')
            if value > 0x10FFFF:
                raise self.error(f'bad escape \\U{value:08x}', start)
            return chr(value)
        if c == 'N' and not self.is_bytes:
            raise self.error('regpy re: \\N{...} escapes need unicodedata, which regpy lacks',
                             start)
        if c.isascii() and c.isalpha():
            raise self.error(f'bad escape \\{c}', start)
        return c

    def hex_digits(self, count, start, letter):
        text = self.p[self.i:self.i + count]
        if len(text) != count or any(ch not in '0123456789abcdefABCDEF' for ch in text):
            raise self.error(f'incomplete escape \\{letter}{text}', start)
        self.i += count
        return int(text, 16)

    def char_class(self, flags):
        start = self.i
        self.i += 1
        negate = False
        if self.peek() == '^':
            negate = True
            self.i += 1
        chars, ranges, categories = [], [], []
        first = True
        ascii_only = bool(flags & ASCII)
        while True:
            if self.i >= self.n:
                raise self.error('unterminated character set', start)
            c = self.p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            low = self.class_item()
            if isinstance(low, tuple):  # a category escape like \d
                categories.append(low[0])
                continue
            if self.peek() == '-' and self.p[self.i + 1:self.i + 2] not in (']', ''):
                self.i += 1
                high = self.class_item()
                if isinstance(high, tuple):
                    raise self.error(f'bad character range {self.p[item_start:self.i]}',
                                     item_start)
                if ord(high) < ord(low):
                    raise self.error(f'bad character range {self.p[item_start:self.i]}',
                                     item_start)
                ranges.append((low, high))
            else:
                chars.append(low)
        if not negate and not ranges and not categories and len(chars) == 1:
            return self.char(chars[0], flags)
        return E.CharClass(chars, ranges, categories, negate, bool(flags & IGNORECASE),
                           ascii_only)

    def class_item(self):
        """One member of a [...] set: a character, or a (category,) tuple."""
        c = self.p[self.i]
        if c != '\\':
            self.i += 1
            return c
        start = self.i
        self.i += 1
        if self.i >= self.n:
            raise self.error('unterminated character set', start)
        c = self.p[self.i]
        self.i += 1
        if c in 'dDwWsS':
            return (c,)
        if c == 'b':
            return '\b'
        if c.isdigit():
            digits = c
            while len(digits) < 3 and self.peek() in '01234567' and self.peek():
                digits += self.p[self.i]
                self.i += 1
            if c in '89' or (len(digits) < 3 and c != '0'):
                raise self.error(f'bad escape \\{digits}', start)
            return chr(int(digits, 8))
        return self.code_escape(c, start)

    def group(self, flags):
        start = self.i
        self.i += 1
        if self.peek() != '?':
            return self.capture(None, start, flags)
        self.i += 1
        c = self.peek()
        if not c:
            raise self.error('unexpected end of pattern')
        if c == ':':
            self.i += 1
            return self.group_body(flags, start)
        if c == 'P':
            self.i += 1
            if self.peek() == '<':
                self.i += 1
                name = self.group_name('>', start)
                return self.capture(name, start, flags)
            if self.peek() == '=':
                self.i += 1
                name_pos = self.i
                name = self.group_name(')', start)
                if name not in self.groupindex:
                    raise self.error(f'unknown group name {name!r}', name_pos)
                index = self.groupindex[name]
                if index in self.open_groups:
                    raise self.error('cannot refer to an open group', start)
                return E.Backref(index, bool(flags & IGNORECASE))
            raise self.error(f'unknown extension ?P{self.peek()}', start + 1)
        if c in ('=', '!'):
            self.i += 1
            body = self.group_body(flags, start)
            return E.Look(body, c == '!', behind=False)
        if c == '<':
            self.i += 1
            kind = self.peek()
            if kind not in ('=', '!'):
                raise self.error(f'unknown extension ?<{kind}', start + 1)
            self.i += 1
            body = self.group_body(flags, start)
            width = _fixed_width(body)
            if width is None:
                raise error('look-behind requires fixed-width pattern')
            return E.Look(body, kind == '!', behind=True, width=width)
        if c == '>':
            self.i += 1
            return E.Atomic(self.group_body(flags, start))
        if c == '#':
            end = self.p.find(')', self.i)
            if end < 0:
                raise self.error('missing ), unterminated comment', start)
            self.i = end + 1
            return None
        if c == '(':
            return self.conditional(flags, start)
        if c in _FLAG_LETTERS or c == '-':
            return self.scoped_flags(flags, start)
        raise self.error(f'unknown extension ?{c}', start + 1)

    def group_name(self, terminator, start):
        end = self.p.find(terminator, self.i)
        if end < 0:
            raise self.error('missing ' + terminator + ', unterminated name', self.i)
        name = self.p[self.i:end]
        if not name:
            raise self.error('missing group name', self.i)
        if not name.isidentifier():
            raise self.error(f'bad character in group name {name!r}', self.i)
        self.i = end + 1
        return name

    def capture(self, name, start, flags):
        self.groups += 1
        index = self.groups
        if name is not None:
            if name in self.groupindex:
                raise self.error(f'redefinition of group name {name!r} as group {index}; '
                                 f'was group {self.groupindex[name]}', start + 4)
            self.groupindex[name] = index
        self.open_groups.add(index)
        body = self.group_body(flags, start)
        self.open_groups.discard(index)
        return E.Group(index, body)

    def group_body(self, flags, start):
        body = self.alternation(flags)
        if self.peek() != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1
        return body

    def conditional(self, flags, start):
        self.i += 1
        end = self.p.find(')', self.i)
        if end < 0:
            raise self.error('missing ), unterminated name', self.i)
        ref = self.p[self.i:end]
        if ref.isdigit():
            index = int(ref)
            if index == 0 or index > self.groups:
                raise self.error(f'invalid group reference {index}', self.i)
        elif ref in self.groupindex:
            index = self.groupindex[ref]
        else:
            raise self.error(f'unknown group name {ref!r}', self.i)
        self.i = end + 1
        yes = self.sequence(flags)
        no = E.Empty()
        if self.peek() == '|':
            self.i += 1
            no = self.sequence(flags)
            if self.peek() == '|':
                raise self.error('conditional backref with more than two branches')
        if self.peek() != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1
        return E.GroupExists(index, yes, no)

    def scoped_flags(self, flags, start):
        on, off = 0, 0
        while self.peek() in _FLAG_LETTERS and self.peek():
            on |= _FLAG_LETTERS[self.p[self.i]]
            self.i += 1
        if self.peek() == '-':
            self.i += 1
            while self.peek() in _FLAG_LETTERS and self.peek():
                off |= _FLAG_LETTERS[self.p[self.i]]
                self.i += 1
            if not off:
                raise self.error('missing flag', self.i)
        if self.peek() == ')':
            raise self.error('global flags not at the start of the expression', start)
        if self.peek() != ':':
            raise self.error('missing :' if self.peek() else 'missing -, : or )', self.i)
        self.i += 1
        return self.group_body((flags | on) & ~off, start)


def _merge_literals(items):
    """Join runs of case-sensitive single characters into Literal nodes."""
    merged = []
    run = []
    for item in items:
        if type(item) is E.Char and not item.ignorecase:
            run.append(item.char)
            continue
        if run:
            merged.append(E.Literal(''.join(run)) if len(run) > 1 else E.Char(run[0], False))
            run = []
        merged.append(item)
    if run:
        merged.append(E.Literal(''.join(run)) if len(run) > 1 else E.Char(run[0], False))
    if not merged:
        return E.Empty()
    return merged[0] if len(merged) == 1 else E.Sequence(merged)


def _fixed_width(node):
    """The number of characters node always matches, or None if it varies."""
    if isinstance(node, E.CharNode):
        return 1
    if isinstance(node, E.Literal):
        return len(node.text)
    if isinstance(node, (E.Anchor, E.Look, E.Empty)):
        return 0
    if isinstance(node, E.Sequence):
        total = 0
        for item in node.items:
            w = _fixed_width(item)
            if w is None:
                return None
            total += w
        return total
    if isinstance(node, E.Alternation):
        widths = {_fixed_width(b) for b in node.branches}
        return widths.pop() if len(widths) == 1 else None
    if isinstance(node, (E.Group, E.Atomic)):
        return _fixed_width(node.body)
    if isinstance(node, E.Repeat) and node.min == node.max:
        w = _fixed_width(node.body)
        return None if w is None else w * node.min
    return None


def parse(pattern, flags, is_bytes):
    parser = _Parser(pattern, flags)
    parser.is_bytes = is_bytes
    root = parser.parse()
    return Parsed(root, parser.groups, parser.groupindex, parser.flags)
