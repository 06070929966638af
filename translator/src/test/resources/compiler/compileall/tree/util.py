class Counter:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1


def describe(values):
    return ", ".join(f"{v:>2}" for v in values)


print("util:", describe(Counter(3)), {k: k * k for k in range(3)})
