VALUE = [x * 2 for x in range(4)]
print("mod", VALUE, sum(VALUE))
