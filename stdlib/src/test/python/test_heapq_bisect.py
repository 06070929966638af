# heapq and bisect
import heapq
import bisect
import random


def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), heapq.heapreplace(data, 10), data)
print(sorted(data) == [heapq.heappop(data) for _ in range(len(data))])
show(heapq.heappop, [])
show(heapq.heapreplace, [], 1)
show(heapq.heappush, (), 1)
show(heapq.heapify, None)
print(heapq.heappushpop([], 5))
rng = random.Random(5)
nums = [rng.randint(0, 100) for _ in range(50)]
print(heapq.nlargest(5, nums), heapq.nsmallest(5, nums), heapq.nlargest(0, nums), heapq.nsmallest(1, nums),
      heapq.nlargest(1, []), heapq.nsmallest(100, [3, 1, 2]), heapq.nlargest(3, iter(nums)))
words = ['kiwi', 'fig', 'banana', 'apple', 'date', 'plum', 'pear']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(2, iter(words), key=len),
      heapq.nlargest(2, iter(words), key=lambda w: w[-1]))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])),
      list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge(['a', 'ccc'], ['bb'], key=len)),
      list(heapq.merge([(1, 'b')], [(1, 'a')])), list(heapq.merge([1, 1], [1], key=lambda x: 0)))
pq = []
for pri, name in [(2, 'write'), (1, 'read'), (3, 'exec'), (1, 'again')]:
    heapq.heappush(pq, (pri, name))
print([heapq.heappop(pq) for _ in range(4)])
a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0),
      bisect.bisect_right(a, 9), bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2), bisect.bisect(a, 4, hi=3))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
bisect.insort_right(a, 5, lo=2)
print(a)
show(bisect.bisect_left, a, 1, -1)
recs = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ('d', 6), key=lambda r: r[1])
bisect.insort_left(recs, ('e', 1), key=lambda r: r[1])
print(recs)
