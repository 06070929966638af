"""Functions creating iterators for efficient looping (pure-Python itertools for regpy).

Every iterator is a class, as in CPython, so type(), isinstance() and the default
"<itertools.chain object at 0x...>" repr match.  Most classes run an internal generator
(see _GenIter); count and repeat keep explicit state because their reprs show it.
"""

import sys as _sys

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


class _GenIter:
    """Base for iterators whose logic is a generator method run once per instance."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _index(value):
    try:
        return type(value).__index__(value)
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted "
                        "as an integer") from None


# ---------------------------------------------------------------- infinite iterators

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not (isinstance(v, (int, float, complex)) or hasattr(type(v), '__index__')
                    or hasattr(type(v), '__float__')):
                raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'{type(self).__name__}({self._value!r})'
        return f'{type(self).__name__}({self._value!r}, {self._step!r})'


class cycle(_GenIter):
    """cycle(iterable) --> the iterable's elements, then the saved copy, forever."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            yield from saved


class repeat:
    """repeat(object [,times]) --> object, times times, or forever."""
    __slots__ = ('_object', '_times')

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = max(0, _index(times))
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._times})'


# ---------------------------------------------------------------- terminating iterators

class accumulate(_GenIter):
    """Running totals (or results of func) of the iterable's elements."""
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


class batched(_GenIter):
    """batched(iterable, n, *, strict=False) --> tuples of length n (the last may be shorter)."""
    __slots__ = ()

    def __init__(self, iterable, n, *, strict=False):
        n = _index(n)
        if n < 1:
            raise ValueError('n must be at least one')
        self._gen = self._run(iter(iterable), n, strict)

    @staticmethod
    def _run(it, n, strict):
        while True:
            batch = []
            for _ in range(n):
                try:
                    batch.append(next(it))
                except StopIteration:
                    break
            if not batch:
                return
            if strict and len(batch) != n:
                raise ValueError('batched(): incomplete batch')
            yield tuple(batch)


class chain(_GenIter):
    """chain(*iterables) --> elements of the first iterable, then the next, ..."""
    __slots__ = ()

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self

    @staticmethod
    def _run(sources):
        for source in sources:
            yield from source

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress(_GenIter):
    """compress(data, selectors) --> the data elements whose selector is true."""
    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = (d for d, s in zip(iter(data), iter(selectors)) if s)


class dropwhile(_GenIter):
    """Drop elements while predicate(element) is true, then yield every element."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for element in it:
            if not predicate(element):
                yield element
                break
        yield from it


class takewhile(_GenIter):
    """Yield elements while predicate(element) is true."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for element in it:
            if not predicate(element):
                return
            yield element


class filterfalse(_GenIter):
    """Yield the elements for which function(element) (or the element itself) is false."""
    __slots__ = ()

    def __init__(self, function, iterable, /):
        it = iter(iterable)
        if function is None:
            self._gen = (x for x in it if not x)
        else:
            self._gen = (x for x in it if not function(x))


class starmap(_GenIter):
    """starmap(function, iterable) --> function(*args) for each args in iterable."""
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._gen = (function(*args) for args in iter(iterable))


class pairwise(_GenIter):
    """pairwise('ABCD') --> AB BC CD."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


class zip_longest(_GenIter):
    """Like zip(), but runs to the longest iterable, filling gaps with fillvalue."""
    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)


_ISLICE_STOP = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_ISLICE_INDEX = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_ISLICE_STEP = 'Step for islice() must be a positive integer or None.'


def _islice_arg(value, message, default):
    if value is None:
        return default
    try:
        value = type(value).__index__(value)
    except AttributeError:
        raise ValueError(message) from None
    if not 0 <= value <= _sys.maxsize:
        raise ValueError(message)
    return value


class islice(_GenIter):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): a lazy slice."""
    __slots__ = ()

    def __init__(self, *args):
        if len(args) < 2:
            raise TypeError(f'islice expected at least 2 arguments, got {len(args)}')
        if len(args) > 4:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args)}')
        iterable = args[0]
        if len(args) == 2:
            start, step = 0, 1
            stop = _islice_arg(args[1], _ISLICE_STOP, None)
        else:
            start = _islice_arg(args[1], _ISLICE_INDEX, 0)
            stop = _islice_arg(args[2], _ISLICE_STOP, None)
            step = args[3] if len(args) == 4 else None
            if step is not None:
                try:
                    step = type(step).__index__(step)
                except AttributeError:
                    raise ValueError(_ISLICE_STEP) from None
                if step < 1:
                    raise ValueError(_ISLICE_STEP)
            else:
                step = 1
        self._gen = self._run(iter(iterable), start, stop, step)

    @staticmethod
    def _run(it, nexti, stop, step):
        # Consume exactly as many items as CPython does: skip to the next wanted index,
        # stop before fetching anything at or beyond stop.
        taken = 0
        while True:
            while taken < nexti:
                try:
                    next(it)
                except StopIteration:
                    return
                taken += 1
            if stop is not None and taken >= stop:
                return
            try:
                item = next(it)
            except StopIteration:
                return
            taken += 1
            nexti += step
            if stop is not None and nexti > stop:
                nexti = stop
            yield item


class groupby:
    """groupby(iterable, key=None) --> (key, group) pairs for runs of equal keys."""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue',
                 '_has_tgt', '_has_curr', '_current_group')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._has_tgt = self._has_curr = False
        self._tgtkey = self._currkey = self._currvalue = None
        self._current_group = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._has_curr = True

    def __next__(self):
        self._current_group = None  # invalidates the previous group
        while True:
            if not self._has_curr:
                self._step()
            if self._has_tgt and self._tgtkey == self._currkey:
                self._has_curr = False
                continue
            break
        self._tgtkey = self._currkey
        self._has_tgt = True
        group = self._current_group = _grouper(self)
        return self._currkey, group


class _grouper:
    __slots__ = ('_parent',)

    def __init__(self, parent):
        self._parent = parent

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current_group is not self:
            raise StopIteration
        if not parent._has_curr:
            parent._step()
        if not parent._tgtkey == parent._currkey:
            raise StopIteration
        parent._has_curr = False
        return parent._currvalue


class _tee:
    """One of the iterators returned by tee(); they share a linked list of fetched values."""
    __slots__ = ('_it', '_link', '__weakref__')

    def __init__(self, it, link):
        self._it = it
        self._link = link  # [value, next_link]; next_link is None until value is fetched

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            link[0] = next(self._it)
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    """Return n independent iterators from a single iterable."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    # A copyable iterator (such as a tee) is itself the first result, as in CPython.
    first = it if hasattr(it, '__copy__') else _tee(it, [None, None])
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


# ---------------------------------------------------------------- combinatoric iterators

def _nonneg_r(r):
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class product(_GenIter):
    """Cartesian product of input iterables; product('ab', range(2)) --> a0 a1 b0 b1."""
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        if any(not pool for pool in pools):
            return
        # An odometer: indices[-1] turns fastest.
        indices = [0] * len(pools)
        while True:
            yield tuple(pool[i] for pool, i in zip(pools, indices))
            for pos in reversed(range(len(pools))):
                indices[pos] += 1
                if indices[pos] < len(pools[pos]):
                    break
                indices[pos] = 0
            else:
                return


class permutations(_GenIter):
    """Successive r-length permutations of elements in the iterable, in lexicographic index order."""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is not None and not hasattr(type(r), '__index__'):
            raise TypeError('Expected int as r')
        r = len(pool) if r is None else _nonneg_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_GenIter):
    """r-length subsequences of elements from the iterable, in input order."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _nonneg_r(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            # Find the rightmost index that can still move right.
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GenIter):
    """r-length subsequences allowing individual elements to repeat."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _nonneg_r(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
