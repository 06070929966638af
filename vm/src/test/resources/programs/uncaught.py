def divide(a, b):
    return a / b
def outer():
    return divide(1, 0) + 1
print("before")
outer()
