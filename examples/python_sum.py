# The article's call-overhead benchmark, pure-Python half: a tiny function called in a loop.
import time


def python_sum(a, b):
    return a + b


iterations = 1_000_000
start = time.perf_counter()
for i in range(iterations):
    python_sum(3.14, 2.71)
t = time.perf_counter() - start
print(f"python_sum: {iterations} calls in {t:.4f}s")
