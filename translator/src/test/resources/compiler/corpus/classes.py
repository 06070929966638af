class A:
    x = 1
    def m(self):
        return self.x
class B(A, metaclass=type):
    """Doc."""
    def m(self):
        return super().m()
    @staticmethod
    def s():
        return __class__
