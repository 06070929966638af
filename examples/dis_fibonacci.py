# The article's bytecode listing: what the compiler makes of a recursive function.
import dis


def fibonacci(n):
    if n <= 1:
        return n
    return fibonacci(n - 1) + fibonacci(n - 2)


dis.dis(fibonacci)
