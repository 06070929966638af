"""Heap queue algorithm, a.k.a. priority queue (pure-Python heapq for regpy).

Heaps are lists with heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]; heap[0] is the smallest.
Only the < operator is used on items, as in CPython.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, funcname, only_argument=False):
    if not isinstance(heap, list):
        which = 'argument' if only_argument else 'argument 1'
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError(f'{funcname}() {which} must be list, not {got}')


def _sift_up(heap, pos, lt):
    """Move heap[pos] towards the root while it is smaller than its parent."""
    item = heap[pos]
    while pos > 0:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not lt(item, parent):
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sift_down(heap, pos, lt):
    """Move heap[pos] to a leaf along the smaller children, then back up (fewer comparisons)."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not lt(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    # Sift the item up again, but not above where it started.
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not lt(item, parent):
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _sift_up(heap, len(heap) - 1, _lt)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_down(heap, 0, _lt)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push the new item (more efficient than pop+push)."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0, _lt)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item (fast version of push+pop)."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0, _lt)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, 'heapify', only_argument=True)
    for i in reversed(range(len(heap) // 2)):
        _sift_down(heap, i, _lt)


# Max-heap variants, used by merge(reverse=True) and nsmallest.
def _heapify_max(heap):
    _check_list(heap, '_heapify_max', only_argument=True)
    for i in reversed(range(len(heap) // 2)):
        _sift_down(heap, i, _gt)


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_down(heap, 0, _gt)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output (stable: ties keep input order)."""
    lt = _gt if reverse else _lt
    # Heap entries are [sort_key, input_order, value, next]; input_order breaks ties.
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append([value if key is None else key(value), order, value, it.__next__])
            break

    def entry_lt(a, b):
        if lt(a[0], b[0]):
            return True
        if lt(b[0], a[0]):
            return False
        return a[1] < b[1]

    for i in reversed(range(len(entries) // 2)):
        _sift_down(entries, i, entry_lt)
    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        try:
            value = top[3]()
        except StopIteration:
            last = entries.pop()
            if entries:
                entries[0] = last
                _sift_down(entries, 0, entry_lt)
            continue
        top[0] = value if key is None else key(value)
        top[2] = value
        _sift_down(entries, 0, entry_lt)
    if entries:
        top = entries[0]
        yield top[2]
        while True:
            try:
                yield top[3]()
            except StopIteration:
                return


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset; equivalent to sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # Keep a max-heap of the n best (key, order, value) seen so far; order keeps it stable.
    it = iter(iterable)
    heap = []
    for order, value in zip(range(n), it):
        heap.append((value if key is None else key(value), order, value))
    if not heap:
        return []
    _heapify_max(heap)
    order = n
    for value in it:
        k = value if key is None else key(value)
        if k < heap[0][0]:
            _heapreplace_max(heap, (k, order, value))
            order += 1
    heap.sort()
    return [entry[2] for entry in heap]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset; equivalent to sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # A min-heap of the n best (key, -order, value); -order makes earlier items win ties.
    it = iter(iterable)
    heap = []
    for order, value in zip(range(0, -n, -1), it):
        heap.append((value if key is None else key(value), order, value))
    if not heap:
        return []
    heapify(heap)
    order = -n
    for value in it:
        k = value if key is None else key(value)
        if heap[0][0] < k:
            heapreplace(heap, (k, order, value))
            order -= 1
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]
