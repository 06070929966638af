"""The matching engine of regpy's re: a backtracking matcher over a tree of nodes.

Every node has match(ctx, i, k): try to match at index i, then call the continuation k with
the index after the match; return k's result (the end of the whole match) or None to make
the caller backtrack.  Repeats of single-character nodes run as loops, so `.*` over a long
line does not recurse once per character.
"""

_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_ASCII_SPACE = frozenset(' \t\n\r\f\v')


def is_word(c, ascii_only):
    if ascii_only:
        return c in _ASCII_WORD
    return c.isalnum() or c == '_'


def is_digit(c, ascii_only):
    if ascii_only:
        return '0' <= c <= '9'
    return c.isdecimal()


def is_space(c, ascii_only):
    if ascii_only:
        return c in _ASCII_SPACE
    return c.isspace()


class Context:
    """The state of one match attempt: the subject, its bounds and the group marks."""
    __slots__ = ('s', 'end', 'marks', 'lastindex')

    def __init__(self, s, end, ngroups):
        self.s = s
        self.end = end
        self.marks = [-1] * (2 * ngroups + 2)
        self.lastindex = None


# ---------------------------------------------------------------- single-character nodes

class CharNode:
    """A node matching exactly one character for which test(c) is true."""
    single = True

    def test(self, c):
        raise NotImplementedError

    def match(self, ctx, i, k):
        if i < ctx.end and self.test(ctx.s[i]):
            return k(i + 1)
        return None


class Char(CharNode):
    __slots__ = ('char', 'ignorecase', 'folded')

    def __init__(self, char, ignorecase):
        self.char = char
        self.ignorecase = ignorecase
        self.folded = {char, char.lower(), char.upper()} if ignorecase else None

    def test(self, c):
        if self.ignorecase:
            return c in self.folded or c.lower() in self.folded
        return c == self.char


class Any(CharNode):
    __slots__ = ('dotall',)

    def __init__(self, dotall):
        self.dotall = dotall

    def test(self, c):
        return self.dotall or c != '\n'


class CharClass(CharNode):
    """[...]: single characters, ranges and category escapes, optionally negated."""
    __slots__ = ('chars', 'ranges', 'categories', 'negate', 'ignorecase', 'ascii_only')

    def __init__(self, chars, ranges, categories, negate, ignorecase, ascii_only):
        self.chars = frozenset(chars)
        self.ranges = tuple(ranges)
        self.categories = tuple(categories)
        self.negate = negate
        self.ignorecase = ignorecase
        self.ascii_only = ascii_only

    def _contains(self, c):
        if c in self.chars:
            return True
        for lo, hi in self.ranges:
            if lo <= c <= hi:
                return True
        for category in self.categories:
            if category_test(category, c, self.ascii_only):
                return True
        return False

    def test(self, c):
        found = self._contains(c)
        if not found and self.ignorecase:
            found = any(self._contains(v) for v in (c.lower(), c.upper()) if v != c)
        return found != self.negate


def category_test(category, c, ascii_only):
    """\\d \\D \\w \\W \\s \\S as used inside and outside classes."""
    if category == 'd':
        return is_digit(c, ascii_only)
    if category == 'D':
        return not is_digit(c, ascii_only)
    if category == 'w':
        return is_word(c, ascii_only)
    if category == 'W':
        return not is_word(c, ascii_only)
    if category == 's':
        return is_space(c, ascii_only)
    return not is_space(c, ascii_only)


class Category(CharNode):
    __slots__ = ('category', 'ascii_only')

    def __init__(self, category, ascii_only):
        self.category = category
        self.ascii_only = ascii_only

    def test(self, c):
        return category_test(self.category, c, self.ascii_only)


# ---------------------------------------------------------------- zero-width nodes

class Node:
    single = False


class Empty(Node):
    def match(self, ctx, i, k):
        return k(i)


class Literal(Node):
    """A run of literal characters (case-sensitive): compared as one slice."""
    __slots__ = ('text',)

    def __init__(self, text):
        self.text = text

    def match(self, ctx, i, k):
        j = i + len(self.text)
        if j <= ctx.end and ctx.s.startswith(self.text, i):
            return k(j)
        return None


class Anchor(Node):
    """^ $ \\A \\Z \\b \\B."""
    __slots__ = ('kind', 'multiline', 'ascii_only')

    def __init__(self, kind, multiline=False, ascii_only=False):
        self.kind = kind
        self.multiline = multiline
        self.ascii_only = ascii_only

    def match(self, ctx, i, k):
        s, kind = ctx.s, self.kind
        if kind == 'A':
            ok = i == 0
        elif kind == '^':
            ok = i == 0 or (self.multiline and s[i - 1] == '\n')
        elif kind == 'Z':
            ok = i == ctx.end
        elif kind == '$':
            end = ctx.end
            ok = i == end or (i == end - 1 and s[i] == '\n') or \
                (self.multiline and i < end and s[i] == '\n')
        else:
            before = i > 0 and is_word(s[i - 1], self.ascii_only)
            after = i < ctx.end and is_word(s[i], self.ascii_only)
            ok = (before != after) if kind == 'b' else (before == after)
            if kind == 'b' and ctx.end == 0:
                ok = False
        return k(i) if ok else None


# ---------------------------------------------------------------- structure

class Sequence(Node):
    __slots__ = ('items',)

    def __init__(self, items):
        self.items = items

    def match(self, ctx, i, k):
        items = self.items
        last = len(items)

        def step(index, pos):
            if index == last:
                return k(pos)
            return items[index].match(ctx, pos, lambda j: step(index + 1, j))
        return step(0, i)


class Alternation(Node):
    __slots__ = ('branches',)

    def __init__(self, branches):
        self.branches = branches

    def match(self, ctx, i, k):
        for branch in self.branches:
            r = branch.match(ctx, i, k)
            if r is not None:
                return r
        return None


class Group(Node):
    """A capturing group: records (start, end) of its latest match, undone on backtrack."""
    __slots__ = ('index', 'body')

    def __init__(self, index, body):
        self.index = index
        self.body = body

    def match(self, ctx, i, k):
        marks = ctx.marks
        g = 2 * self.index

        def close(j):
            saved = marks[g], marks[g + 1], ctx.lastindex
            marks[g], marks[g + 1] = i, j
            ctx.lastindex = self.index
            r = k(j)
            if r is None:
                marks[g], marks[g + 1], ctx.lastindex = saved
            return r
        return self.body.match(ctx, i, close)


class Backref(Node):
    __slots__ = ('index', 'ignorecase')

    def __init__(self, index, ignorecase):
        self.index = index
        self.ignorecase = ignorecase

    def match(self, ctx, i, k):
        start, end = ctx.marks[2 * self.index], ctx.marks[2 * self.index + 1]
        if start < 0 or end < 0:
            return None
        text = ctx.s[start:end]
        j = i + len(text)
        if j > ctx.end:
            return None
        got = ctx.s[i:j]
        if got == text or (self.ignorecase and got.lower() == text.lower()):
            return k(j)
        return None


class GroupExists(Node):
    """(?(group)yes|no)."""
    __slots__ = ('index', 'yes', 'no')

    def __init__(self, index, yes, no):
        self.index = index
        self.yes = yes
        self.no = no

    def match(self, ctx, i, k):
        matched = ctx.marks[2 * self.index + 1] >= 0
        return (self.yes if matched else self.no).match(ctx, i, k)


class Look(Node):
    """Lookahead (behind=False) or fixed-width lookbehind, positive or negative."""
    __slots__ = ('body', 'negative', 'behind', 'width')

    def __init__(self, body, negative, behind, width=0):
        self.body = body
        self.negative = negative
        self.behind = behind
        self.width = width

    def match(self, ctx, i, k):
        marks = list(ctx.marks)
        lastindex = ctx.lastindex
        if self.behind:
            start = i - self.width
            found = start >= 0 and self.body.match(
                ctx, start, lambda j: j if j == i else None) is not None
        else:
            found = self.body.match(ctx, i, lambda j: j) is not None
        if found == self.negative:
            ctx.marks[:] = marks
            ctx.lastindex = lastindex
            return None
        if self.negative:
            ctx.marks[:] = marks
            ctx.lastindex = lastindex
        r = k(i)
        if r is None:
            ctx.marks[:] = marks
            ctx.lastindex = lastindex
        return r


class Atomic(Node):
    """(?>...): once the body matched, never backtrack into it."""
    __slots__ = ('body',)

    def __init__(self, body):
        self.body = body

    def match(self, ctx, i, k):
        marks = list(ctx.marks)
        lastindex = ctx.lastindex
        j = self.body.match(ctx, i, lambda j: j)
        if j is None:
            return None
        r = k(j)
        if r is None:
            ctx.marks[:] = marks
            ctx.lastindex = lastindex
        return r


def _captures(node):
    """True if matching node can set or read group marks (then it must run recursively)."""
    if isinstance(node, (Group, Backref, GroupExists)):
        return True
    children = []
    if isinstance(node, Sequence):
        children = node.items
    elif isinstance(node, Alternation):
        children = node.branches
    elif isinstance(node, (Look, Atomic, Repeat)):
        children = [node.body]
    return any(_captures(child) for child in children)


class Repeat(Node):
    """body{min,max}; greedy, lazy or possessive."""
    __slots__ = ('body', 'min', 'max', 'greedy', 'possessive', 'capture_free')

    def __init__(self, body, min_count, max_count, greedy=True, possessive=False):
        self.body = body
        self.min = min_count
        self.max = max_count  # None: unbounded
        self.greedy = greedy
        self.possessive = possessive
        self.capture_free = not _captures(body)

    def match(self, ctx, i, k):
        if self.body.single:
            return self._match_single(ctx, i, k)
        if self.possessive:
            return Atomic(Repeat(self.body, self.min, self.max)).match(ctx, i, k)
        if self.capture_free:
            return self._match_iterative(ctx, i, k)
        return self._match_general(ctx, i, k)

    def _match_single(self, ctx, i, k):
        test = self.body.test
        s = ctx.s
        limit = ctx.end if self.max is None else min(ctx.end, i + self.max)
        n = i
        if self.greedy or self.possessive:
            while n < limit and test(s[n]):
                n += 1
            if n - i < self.min:
                return None
            if self.possessive:
                return k(n)
            while n >= i + self.min:
                r = k(n)
                if r is not None:
                    return r
                n -= 1
            return None
        # Lazy: extend one character at a time.
        lowest = i + self.min
        while n < lowest:
            if n >= limit or not test(s[n]):
                return None
            n += 1
        while True:
            r = k(n)
            if r is not None:
                return r
            if n >= limit or not test(s[n]):
                return None
            n += 1

    def _match_iterative(self, ctx, i, k):
        """Backtracking over iterations with an explicit stack (no recursion per iteration).

        Valid because the body cannot touch group marks: the possible ends of one iteration
        can be collected up front, in the order backtracking would try them.
        """
        body, low, high, greedy = self.body, self.min, self.max, self.greedy

        def ends_from(pos, count):
            if high is not None and count >= high:
                return iter(())
            found = []
            body.match(ctx, pos, found.append)  # append returns None: explore every end
            return iter(found)

        # Each entry: [position, iteration count, pending ends, stop already tried].
        stack = [[i, 0, ends_from(i, 0), False]]
        while stack:
            entry = stack[-1]
            pos, count, ends, tried_stop = entry
            if not greedy and not tried_stop:
                entry[3] = True
                if count >= low:
                    r = k(pos)
                    if r is not None:
                        return r
            for j in ends:
                if j == pos and count >= low:
                    # An empty iteration past the minimum ends the loop right here (as in
                    # sre), before the remaining alternatives of this iteration are tried.
                    r = k(pos)
                    if r is not None:
                        return r
                    continue
                stack.append([j, count + 1, ends_from(j, count + 1), False])
                break
            else:
                stack.pop()
                if greedy and count >= low:
                    r = k(pos)
                    if r is not None:
                        return r
        return None

    def _match_general(self, ctx, i, k):
        body, low, high = self.body, self.min, self.max

        def again(pos, count):
            # One more iteration.  An empty iteration past the minimum is accepted once,
            # then the loop ends (as in CPython's sre), so (a*)* cannot spin forever.
            return body.match(ctx, pos, lambda j: k(j) if (j == pos and count >= low)
                              else attempt(j, count + 1))

        if self.greedy:
            def attempt(pos, count):
                if high is None or count < high:
                    r = again(pos, count)
                    if r is not None:
                        return r
                return k(pos) if count >= low else None
        else:
            def attempt(pos, count):
                if count >= low:
                    r = k(pos)
                    if r is not None:
                        return r
                if high is None or count < high:
                    return again(pos, count)
                return None
        return attempt(i, 0)
