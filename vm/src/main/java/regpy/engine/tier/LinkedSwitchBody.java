package regpy.engine.tier;

import regpy.engine.Body;
import regpy.engine.SwitchBody;
import regpy.objects.PyBaseException;
import regpy.objects.PyFrame;
import regpy.objects.PyObject;
import regpy.runtime.ThreadState;

/**
 * The switch loop, installed as the linked body of code the spin compiler declined. It exists so
 * that "linked" is one identity test everywhere: a RegisterCode whose body is still
 * {@link SwitchBody#INSTANCE} was translated but not yet linked by tiering (it was translated
 * along with its enclosing code), anything else is final.
 */
final class LinkedSwitchBody implements Body {
    static final LinkedSwitchBody INSTANCE = new LinkedSwitchBody();

    private LinkedSwitchBody() {}

    @Override public PyObject execute(PyFrame frame, ThreadState ts, PyBaseException pending) {
        return SwitchBody.INSTANCE.execute(frame, ts, pending);
    }
}
