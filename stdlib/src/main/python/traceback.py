"""Extract, format and print information about Python stack traces (pure Python, regpy).

Frames are listed as CPython lists them (file, line, function, source line), chained
exceptions with CPython's separator sentences, and exception notes.  The column markers
(~~~^^^) of CPython 3.11+ are not drawn.
"""

import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n'


class FrameSummary:
    """Information about a single frame from a traceback."""
    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 **kwargs):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'

    def __len__(self):
        return 4


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for frame, lineno in frame_gen:
            if limit is not None and len(result) >= limit:
                break
            code = frame.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=lookup_lines,
                                       locals=frame.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, '
               f'in {frame_summary.name}\n']
        if frame_summary.line:
            row.append(f'    {frame_summary.line}\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append(f'    {name} = {value}\n')
        return ''.join(row)

    def format(self):
        """Lines ready for printing, collapsing runs of 3+ identical frames as CPython does."""
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if last is not None and key == last:
                count += 1
                if count > 3:
                    continue
            else:
                if count > 3:
                    repeated = count - 3
                    result.append(f'  [Previous line repeated {repeated} more '
                                  f"time{'s' if repeated > 1 else ''}]\n")
                last = key
                count = 1
            result.append(self.format_frame_summary(frame))
        if count > 3:
            repeated = count - 3
            result.append(f"  [Previous line repeated {repeated} more time{'s' if repeated > 1 else ''}]\n")
        return result


def walk_tb(tb):
    """Yield (frame, lineno) for each traceback entry."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, lineno) walking the stack from f (default: the caller's caller)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def _type_name(etype):
    module = etype.__module__
    qualname = etype.__qualname__
    if module in ('__main__', 'builtins', None):
        return qualname
    return f'{module}.{qualname}'


def _value_text(value):
    try:
        return str(value)
    except Exception:
        return f'<exception str() failed>'


def format_exception_only(exc, /, value=None, *, show_group=False):
    """The final line(s) of a traceback: 'ValueError: message' plus any notes."""
    if value is None and isinstance(exc, BaseException):
        value = exc
    if value is None:
        return [f'{_type_name(exc) if isinstance(exc, type) else exc}\n']
    etype = type(value)
    text = _value_text(value)
    if isinstance(value, SyntaxError) and value.lineno is not None:
        lines = [f'  File "{value.filename or "<string>"}", line {value.lineno}\n']
        if value.text:
            stripped = value.text.rstrip('\n')
            lines.append(f'    {stripped.strip()}\n')
            if value.offset is not None:
                indent = len(stripped) - len(stripped.lstrip())
                lines.append('    ' + ' ' * (value.offset - 1 - indent) + '^\n')
        lines.append(f'{_type_name(etype)}: {value.msg}\n')
        return lines
    lines = [f'{_type_name(etype)}: {text}\n' if text else f'{_type_name(etype)}\n']
    for note in getattr(value, '__notes__', None) or ():
        lines.append(f'{note}\n')
    return lines


def _chain(value, seen):
    """(exception, sentence linking it to its cause/context) from the oldest to value itself."""
    chain = []
    while value is not None and id(value) not in seen:
        seen.add(id(value))
        if value.__cause__ is not None:
            chain.append((value, _CAUSE))
            value = value.__cause__
        elif value.__context__ is not None and not value.__suppress_context__:
            chain.append((value, _CONTEXT))
            value = value.__context__
        else:
            chain.append((value, None))
            value = None
    chain.reverse()
    return chain


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    """The full text of an exception report, as a list of lines ending in newlines."""
    if value is None and isinstance(exc, BaseException):
        value = exc
        tb = exc.__traceback__
    elif value is not None and tb is None:
        tb = value.__traceback__
    if value is None:
        return format_exception_only(exc)
    links = _chain(value, set()) if chain else [(value, None)]
    lines = []
    for link, separator in links:
        if separator is not None and link is not links[0][0]:
            lines.append(separator)
        link_tb = tb if link is value else link.__traceback__
        if link_tb is not None:
            lines.append('Traceback (most recent call last):\n')
            lines.extend(format_tb(link_tb, limit))
        lines.extend(format_exception_only(link))
    return lines


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exc_info()) to file (default sys.stderr)."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    exc = getattr(sys, 'last_exc', None)
    if exc is None:
        raise ValueError('no last exception')
    print_exception(exc, limit=limit, file=file, chain=chain)


def print_tb(tb, limit=None, file=None):
    for line in format_tb(tb, limit):
        print(line, file=file or sys.stderr, end='')


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    for line in format_list(extract_stack(f, limit=limit)):
        print(line, file=file or sys.stderr, end='')


def clear_frames(tb):
    """Clear all references to local variables in the frames of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


class TracebackException:
    """An exception ready for rendering (a snapshot of type, message, frames and chain)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self.exc_type = exc_type
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self._str = _value_text(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = bool(exc_value and exc_value.__suppress_context__)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return _type_name(self.exc_type)

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False):
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        yield from format_exception(self.exc_type, self._exc, self._tb, limit=self._limit,
                                    chain=chain)

    def print(self, *, file=None, chain=True):
        for line in self.format(chain=chain):
            print(line, file=file or sys.stderr, end='')
