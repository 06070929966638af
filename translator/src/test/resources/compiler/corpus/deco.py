import functools
@functools.cache
def f(x):
    return x
@dec1
@dec2(1)
class C:
    @property
    def p(self):
        return 1
