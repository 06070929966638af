# Recursive Fibonacci: Python-to-Python calls and a global lookup of the function itself.
def fibonacci(n):
    if n <= 1:
        return n
    return fibonacci(n - 1) + fibonacci(n - 2)


for n in range(26):
    print(f"fibonacci({n}) = {fibonacci(n)}")
