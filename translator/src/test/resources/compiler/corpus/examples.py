def fibonacci(n):
    if n <= 1:
        return n
    return fibonacci(n - 1) + fibonacci(n - 2)
def calculate(x, y):
    result = x * 2 + y
    return result
def python_sum(a, b):
    return a + b
