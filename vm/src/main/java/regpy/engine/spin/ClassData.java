package regpy.engine.spin;

import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects a spun class refers to (constants, inline caches, names, keyword-name arrays),
 * handed to {@code defineHiddenClassWithClassData}. Each is loaded in the bytecode with an
 * {@code ldc} of a dynamic constant ({@code MethodHandles.classDataAt}), which the JIT treats as
 * a true constant: the receiver of a cache call or a constant operand folds into the code.
 */
final class ClassData {
    private final List<Object> values = new ArrayList<>();
    private final Map<Object, Integer> index = new IdentityHashMap<>();

    /** The dynamic constant that loads {@code value} typed as {@code type}. */
    DynamicConstantDesc<Object> constant(Object value, ClassDesc type) {
        int i = index.computeIfAbsent(value, v -> {
            values.add(v);
            return values.size() - 1;
        });
        return DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, type, i);
    }

    List<Object> values() { return List.copyOf(values); }
}
