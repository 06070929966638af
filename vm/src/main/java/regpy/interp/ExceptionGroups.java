package regpy.interp;

import java.util.ArrayList;
import java.util.List;

import regpy.objects.*;
import regpy.runtime.*;

/** except* support: CHECK_EG_MATCH splitting and re-raising what the handlers left. */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    /** Returns {rest, match}. */
    public static PyObject[] match(PyObject excValue, PyObject type) {
        Exceptions.checkExceptType(type);
        if (type instanceof PyType t && t.isSubtype(Types.BASE_EXCEPTION_GROUP) || type instanceof PyTuple tt && containsGroup(tt))
            throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        PyBaseException exc = (PyBaseException) excValue;
        if (Abstract.isInstance(exc, type)) {
            if (exc.type().isSubtype(Types.BASE_EXCEPTION_GROUP)) return new PyObject[] {Abstract.NONE, exc};
            PyType egType = exc.type().isSubtype(Types.EXCEPTION) ? Types.EXCEPTION_GROUP : Types.BASE_EXCEPTION_GROUP;
            PyBaseException eg = (PyBaseException) Calls.call(egType, PyStr.EMPTY, new PyList(new PyObject[] {exc}));
            eg.traceback = exc.traceback;
            return new PyObject[] {Abstract.NONE, eg};
        }
        if (exc.type().isSubtype(Types.BASE_EXCEPTION_GROUP)) {
            PyObject pair = Calls.callMethod(exc, "split", type);
            PyObject[] mr = ((PyTuple) pair).items;
            if (mr[0] != Abstract.NONE) return new PyObject[] {mr[1], mr[0]};
        }
        return new PyObject[] {exc, Abstract.NONE};
    }

    private static boolean containsGroup(PyTuple t) {
        for (PyObject x : t.items) if (x instanceof PyType tp && tp.isSubtype(Types.BASE_EXCEPTION_GROUP)) return true;
        return false;
    }

    /** INTRINSIC_PREP_RERAISE_STAR: the exception to re-raise after the except* clauses, or None. */
    public static PyObject prepReraiseStar(PyObject orig, PyObject excs) {
        List<PyObject> raised = new ArrayList<>();
        for (PyObject e : ((PyList) excs).toArray()) if (e != Abstract.NONE) raised.add(e);
        if (raised.isEmpty()) return Abstract.NONE;
        if (!(orig instanceof PyBaseException o) || !o.type().isSubtype(Types.BASE_EXCEPTION_GROUP)) return raised.get(0);
        List<PyObject> reraised = new ArrayList<>(), newRaised = new ArrayList<>();
        List<PyBaseException> leaves = new ArrayList<>();
        collectLeaves(o, leaves);
        for (PyObject e : raised) {
            if (isSubgroupOf(e, leaves)) reraised.add(e); else newRaised.add(e);
        }
        PyObject keep = Abstract.NONE;
        if (!reraised.isEmpty()) {
            List<PyBaseException> keepLeaves = new ArrayList<>();
            for (PyObject e : reraised) collectLeaves((PyBaseException) e, keepLeaves);
            keep = projectOnto(o, keepLeaves);
        }
        if (newRaised.isEmpty()) return keep;
        List<PyObject> all = new ArrayList<>(newRaised);
        if (keep != Abstract.NONE) all.add(keep);
        if (all.size() == 1 && keep == Abstract.NONE && all.get(0) instanceof PyBaseException single
                && !single.type().isSubtype(Types.BASE_EXCEPTION_GROUP)) {
            // a new exception raised in an except* clause: wrapped in a group with the others
        }
        return Calls.call(Types.EXCEPTION_GROUP, PyStr.EMPTY, new PyList(all.toArray(new PyObject[0])));
    }

    private static boolean isSubgroupOf(PyObject e, List<PyBaseException> leaves) {
        List<PyBaseException> l = new ArrayList<>();
        collectLeaves((PyBaseException) e, l);
        for (PyBaseException x : l) if (!leaves.contains(x)) return false;
        return true;
    }

    public static void collectLeaves(PyBaseException e, List<PyBaseException> out) {
        if (e.type().isSubtype(Types.BASE_EXCEPTION_GROUP)) {
            for (PyObject x : ((PyTuple) Attr.getAttr(e, "exceptions")).items) collectLeaves((PyBaseException) x, out);
        } else out.add(e);
    }

    /** The part of group g whose leaves are in keep, preserving structure. */
    private static PyObject projectOnto(PyBaseException g, List<PyBaseException> keep) {
        if (!g.type().isSubtype(Types.BASE_EXCEPTION_GROUP)) return keep.contains(g) ? g : Abstract.NONE;
        List<PyObject> parts = new ArrayList<>();
        for (PyObject x : ((PyTuple) Attr.getAttr(g, "exceptions")).items) {
            PyObject p = projectOnto((PyBaseException) x, keep);
            if (p != Abstract.NONE) parts.add(p);
        }
        if (parts.isEmpty()) return Abstract.NONE;
        PyObject[] items = ((PyTuple) Attr.getAttr(g, "exceptions")).items;
        if (parts.size() == items.length) return g;
        PyBaseException d = (PyBaseException) Calls.callMethod(g, "derive", new PyList(parts.toArray(new PyObject[0])));
        d.traceback = g.traceback;
        d.cause = g.cause;
        d.context = g.context;
        return d;
    }
}
