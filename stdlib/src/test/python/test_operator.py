# operator: all functions, the getter classes and their reprs, error messages
import operator as op


def show(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.abs(-3), op.add(1, 2), op.and_(6, 3), op.floordiv(7, 2), op.inv(5), op.invert(0),
      op.lshift(1, 4), op.mod(7, 3), op.mul(3, 4), op.neg(2), op.or_(4, 1), op.pos(-1),
      op.pow(2, 10), op.rshift(256, 2), op.sub(5, 8), op.truediv(1, 4), op.xor(5, 1))
print(op.concat([1], [2]), op.concat('a', 'b'), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1),
      op.indexOf('abc', 'c'), op.getitem([1, 2, 3], slice(1, None)))
show(op.concat, 1, 2)
show(op.indexOf, [1, 2], 5)
show(op.index, 5.0)
print(op.index(7), op.index(True), op.call(max, 1, 5, 3))
d = {'a': 1}
op.setitem(d, 'b', 2)
op.delitem(d, 'a')
print(d)
print(op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))), op.length_hint(x for x in []),
      op.length_hint(object(), 42))


class Hint:
    def __length_hint__(self):
        return NotImplemented


class BadHint:
    def __length_hint__(self):
        return -1


print(op.length_hint(Hint(), 9))
show(op.length_hint, BadHint())
show(op.length_hint, [], 'x')
lst = [1]
print(op.iadd(lst, [2]) is lst, lst, op.iadd(1, 2), op.isub(5, 1), op.imul(3, 3), op.imatmul.__name__,
      op.itruediv(1, 2), op.ifloordiv(7, 2), op.imod(7, 2), op.ipow(2, 3), op.ilshift(1, 2),
      op.irshift(8, 1), op.iand(7, 2), op.ior(1, 2), op.ixor(3, 1), op.iconcat([1], [3]))
show(op.iconcat, 1, [1])

ig = op.itemgetter(1)
ig2 = op.itemgetter(0, 2)
print(ig('abc'), ig2('abc'), repr(ig), repr(ig2), repr(op.itemgetter('k')))
show(ig, 'a')


class P:
    def __init__(self):
        self.name = 'p'
        self.child = self


ag = op.attrgetter('name')
ag2 = op.attrgetter('name', 'child.child.name')
print(ag(P()), ag2(P()), repr(ag), repr(ag2))
show(op.attrgetter, 1)
show(op.attrgetter('missing'), P())
mc = op.methodcaller('split', ',', maxsplit=1)
print(mc('a,b,c'), repr(mc), repr(op.methodcaller('upper')))
show(op.methodcaller, 5)
print(op.__add__(1, 1), op.__not__(1), op.__getitem__('ab', 0), op.__and__ is op.and_)


class M:
    def __matmul__(self, other):
        return 'matmul'


print(op.matmul(M(), 1), op.imatmul(M(), 2))
