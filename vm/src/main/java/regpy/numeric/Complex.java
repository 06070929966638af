package regpy.numeric;

/** A complex value as the kernels return it; the VM wraps it in its own complex object. */
public record Complex(double real, double imag) {
    public static final Complex ONE = new Complex(1.0, 0.0);
}
