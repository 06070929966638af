package regpy.compile;

import java.math.BigInteger;
import regpy.code.CodeObject;
import regpy.code.Const;

/** Python truthiness of constant values (bool(c)). */
final class Truth {
    private Truth() {}

    static boolean isTrue(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0.0;
            case Const.Complex c -> c.real() != 0.0 || c.imag() != 0.0;
            case String s -> !s.isEmpty();
            case Const.Bytes b -> b.data().length > 0;
            case Const.Tuple t -> !t.items().isEmpty();
            case Const.FrozenSet f -> !f.items().isEmpty();
            case Const.Singleton s -> s != Const.NONE;
            case CodeObject c -> true;
            default -> true;
        };
    }
}
