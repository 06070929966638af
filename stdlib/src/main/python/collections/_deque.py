"""collections.deque as a pure-Python ring buffer (a Java implementation may replace it).

Elements live in a circular list `_buf`; `_head` is the index of the leftmost element and
`_size` the element count, so both ends and indexing are O(1).  `_state` counts mutations so
iterators can detect a deque changed under them, as CPython does.
"""

import sys as _sys
from reprlib import recursive_repr as _recursive_repr

_MIN_CAPACITY = 8


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""
    __slots__ = ('_buf', '_head', '_size', '_maxlen', '_state', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._buf = [None] * _MIN_CAPACITY
        self._head = 0
        self._size = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            try:
                maxlen = type(maxlen).__index__(maxlen)
            except AttributeError:
                raise TypeError(f"'{type(maxlen).__name__}' object cannot be interpreted "
                                "as an integer") from None
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if self._size:
            self.clear()
        if iterable is not self:
            self.extend(iterable)

    # ------------------------------------------------------------ ring-buffer primitives

    def _slot(self, i):
        return (self._head + i) % len(self._buf)

    def _grow_if_full(self):
        if self._size == len(self._buf):
            items = list(self._iter_raw())
            self._buf = items + [None] * len(items)
            self._head = 0

    def _iter_raw(self):
        buf, head, cap = self._buf, self._head, len(self._buf)
        for i in range(self._size):
            yield buf[(head + i) % cap]

    def _normalize_index(self, index):
        try:
            index = type(index).__index__(index)
        except AttributeError:
            raise TypeError(f"sequence index must be integer, not '{type(index).__name__}'") from None
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError('deque index out of range')
        return index

    # ------------------------------------------------------------ ends

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        if self._maxlen == 0:
            return
        if self._size == self._maxlen:
            self.popleft()
        self._grow_if_full()
        self._buf[self._slot(self._size)] = x
        self._size += 1
        self._state += 1

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        if self._maxlen == 0:
            return
        if self._size == self._maxlen:
            self.pop()
        self._grow_if_full()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._size += 1
        self._state += 1

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._size:
            raise IndexError('pop from an empty deque')
        self._size -= 1
        slot = self._slot(self._size)
        x = self._buf[slot]
        self._buf[slot] = None
        self._state += 1
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._size:
            raise IndexError('pop from an empty deque')
        x = self._buf[self._head]
        self._buf[self._head] = None
        self._head = (self._head + 1) % len(self._buf)
        self._size -= 1
        self._state += 1
        return x

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._buf = [None] * _MIN_CAPACITY
        self._head = 0
        self._size = 0
        self._state += 1

    # ------------------------------------------------------------ whole-deque operations

    def _replace_items(self, items):
        self._buf = items + [None] * max(_MIN_CAPACITY, len(items))
        self._head = 0
        self._size = len(items)
        self._state += 1

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        try:
            n = type(n).__index__(n)
        except AttributeError:
            raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer") from None
        if self._size <= 1:
            return
        n %= self._size
        if n:
            items = list(self._iter_raw())
            self._replace_items(items[-n:] + items[:-n])

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._replace_items(list(self._iter_raw())[::-1])

    def count(self, value, /):
        """Return number of occurrences of value."""
        state = self._state
        total = 0
        for x in self._iter_raw():
            if x is value or x == value:
                total += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return total

    def index(self, value, start=0, stop=_sys.maxsize, /):
        """Return first index of value.  Raises ValueError if the value is not present."""
        start, stop, _ = slice(start, stop).indices(self._size)
        state = self._state
        for i in range(start, stop):
            x = self._buf[self._slot(i)]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value, /):
        """Insert value before index."""
        if self._size == self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = list(self._iter_raw())
        items.insert(index, value)
        self._replace_items(items)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        for i, x in enumerate(self._iter_raw()):
            if x is value or x == value:
                del self[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def copy(self):
        """Return a shallow copy of a deque (a subclass is called as type(d)(d, maxlen))."""
        if type(self) is deque:
            return deque(self._iter_raw(), self._maxlen)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    # ------------------------------------------------------------ sequence protocol

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __getitem__(self, index):
        return self._buf[self._slot(self._normalize_index(index))]

    def __setitem__(self, index, value):
        self._buf[self._slot(self._normalize_index(index))] = value

    def __delitem__(self, index):
        index = self._normalize_index(index)
        items = list(self._iter_raw())
        del items[index]
        self._replace_items(items)

    def __contains__(self, value):
        state = self._state
        for x in self._iter_raw():
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):
        return _deque_iterator(self, reverse=False)

    def __reversed__(self):
        return _deque_iterator(self, reverse=True)

    @_recursive_repr('[...]')
    def __repr__(self):
        body = repr(list(self._iter_raw()))
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({body})'
        return f'{name}({body}, maxlen={self._maxlen})'

    __hash__ = None

    # ------------------------------------------------------------ comparisons and arithmetic

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self._iter_raw()), list(other._iter_raw()))

    def __eq__(self, other): return self._compare(other, lambda a, b: a == b)
    def __ne__(self, other): return self._compare(other, lambda a, b: a != b)
    def __lt__(self, other): return self._compare(other, lambda a, b: a < b)
    def __le__(self, other): return self._compare(other, lambda a, b: a <= b)
    def __gt__(self, other): return self._compare(other, lambda a, b: a > b)
    def __ge__(self, other): return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        try:
            n = type(n).__index__(n)
        except AttributeError:
            return NotImplemented
        items = list(self._iter_raw())
        if n <= 0 or not items:
            self.clear()
        elif n > 1:
            self.extend(items * (n - 1))
        return self

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _deque_iterator:
    __slots__ = ('_deque', '_state', '_index', '_reverse')

    def __init__(self, d, reverse):
        self._deque = d
        self._state = d._state
        self._index = 0
        self._reverse = reverse

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            raise RuntimeError('deque mutated during iteration')
        if self._index >= d._size:
            raise StopIteration
        i = self._index
        self._index += 1
        if self._reverse:
            i = d._size - 1 - i
        return d._buf[d._slot(i)]

    def __length_hint__(self):
        return max(0, self._deque._size - self._index)


deque.__module__ = 'collections'
_deque_iterator.__module__ = 'collections'
