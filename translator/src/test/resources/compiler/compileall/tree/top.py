def where():
    pass

print("top", __name__, where.__code__.co_filename)
