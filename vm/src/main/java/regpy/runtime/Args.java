package regpy.runtime;

import java.util.ArrayList;
import java.util.List;

import regpy.code.CodeObject;
import regpy.objects.*;

/**
 * Argument binding with CPython's error messages: into a Python function's frame slots
 * ({@link #bind}), and for builtins with named parameters ({@link #parse}).
 */
public final class Args {
    private Args() {}

    /**
     * Binds self (may be null) + args (positional, then keyword values named by kwnames) into the
     * parameter slots of f's code, applying defaults.
     */
    public static void bind(PyFunction f, PyObject[] slots, PyObject self, PyObject[] args, String[] kwnames) {
        if (kwnames == null && bindPositional(f, slots, self, args)) return;
        CodeObject co = f.code.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int shift = self == null ? 0 : 1;
        int npos = args.length - nkw + shift;
        int argcount = co.argcount;
        int kwonly = co.kwonlyargcount;
        boolean varargs = (co.flags & CodeObject.CO_VARARGS) != 0;
        boolean varkw = (co.flags & CodeObject.CO_VARKEYWORDS) != 0;
        int n = Math.min(npos, argcount);
        // the positional arguments first (an empty kwnames array may still be an exact positional call)
        if (self != null && n > 0) slots[0] = self;
        for (int i = shift; i < n; i++) slots[i] = args[i - shift];
        if (npos == argcount && nkw == 0 && kwonly == 0 && !varargs && !varkw) return;

        int varargsSlot = argcount + kwonly;
        if (varargs) {
            int extra = Math.max(0, npos - argcount);
            PyObject[] rest = new PyObject[extra];
            for (int i = 0; i < extra; i++) rest[i] = args[argcount + i - shift];
            slots[varargsSlot] = PyTuple.of(rest);
        } else if (npos > argcount) {
            int kwGiven = 0;
            for (int k = 0; k < nkw; k++)
                for (int i = argcount; i < argcount + kwonly; i++) if (co.localsplusnames[i].equals(kwnames[k])) kwGiven++;
            throw tooManyPositional(f, co, npos, kwGiven);
        }
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            slots[varargsSlot + (varargs ? 1 : 0)] = kwdict;
        }
        List<String> posonlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = args[args.length - nkw + k];
            int idx = -1;
            for (int i = co.posonlyargcount; i < argcount + kwonly; i++) {
                if (co.localsplusnames[i].equals(name)) { idx = i; break; }
            }
            if (idx >= 0) {
                if (slots[idx] != null) throw Errors.typeError(f.qualname + "() got multiple values for argument '" + name + "'");
                slots[idx] = value;
                continue;
            }
            if (kwdict != null) {
                kwdict.put(PyStr.of(name), value);
                continue;
            }
            boolean isPosonly = false;
            for (int i = 0; i < co.posonlyargcount; i++) if (co.localsplusnames[i].equals(name)) isPosonly = true;
            if (isPosonly) {
                if (posonlyAsKw == null) posonlyAsKw = new ArrayList<>();
                posonlyAsKw.add(name);
                continue;
            }
            throw Errors.typeError(f.qualname + "() got an unexpected keyword argument '" + name + "'");
        }
        if (posonlyAsKw != null)
            throw Errors.typeError(f.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKw) + "'");
        // defaults for positional parameters
        if (npos < argcount) {
            PyObject[] defs = f.defaults instanceof PyTuple t ? t.items : new PyObject[0];
            int firstDefault = argcount - defs.length;
            List<String> missing = null;
            for (int i = npos; i < argcount; i++) {
                if (slots[i] != null) continue;
                if (i >= firstDefault) slots[i] = defs[i - firstDefault];
                else { if (missing == null) missing = new ArrayList<>(); missing.add(co.localsplusnames[i]); }
            }
            if (missing != null) throw missing(f, missing, "positional");
        }
        if (kwonly > 0) {
            List<String> missing = null;
            for (int i = argcount; i < argcount + kwonly; i++) {
                if (slots[i] != null) continue;
                PyObject d = f.kwdefaults == null ? null : f.kwdefaults.getStr(co.localsplusnames[i]);
                if (d != null) slots[i] = d;
                else { if (missing == null) missing = new ArrayList<>(); missing.add(co.localsplusnames[i]); }
            }
            if (missing != null) throw missing(f, missing, "keyword-only");
        }
    }

    /**
     * The common case of a call, and the one the engines' direct call paths take: positional
     * arguments only (self included), f without keyword-only parameters, *args or **kwargs, and
     * the arguments cover the parameters or default values cover the rest. Then binding is
     * copying: self and args into the first slots, then the defaults; returns true. Otherwise
     * writes nothing and returns false, and {@link #bind}'s general rules (and error messages)
     * apply. {@code f.defaults} is read once, so a concurrent change of __defaults__ is seen
     * whole or not at all.
     */
    public static boolean bindPositional(PyFunction f, PyObject[] slots, PyObject self, PyObject[] args) {
        CodeObject co = f.code.code;
        int npos = args.length + (self == null ? 0 : 1), argcount = co.argcount;
        if (npos > argcount || co.kwonlyargcount != 0
                || (co.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) != 0) return false;
        PyObject[] defs = null;
        if (npos < argcount) {
            if (!(f.defaults instanceof PyTuple t) || t.items.length < argcount - npos) return false;
            defs = t.items;
        }
        int k = 0;
        if (self != null) slots[k++] = self;
        System.arraycopy(args, 0, slots, k, args.length);
        if (defs != null) System.arraycopy(defs, defs.length - (argcount - npos), slots, npos, argcount - npos);
        return true;
    }

    private static PyException missing(PyFunction f, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder(f.qualname).append("() missing ").append(names.size())
                .append(" required ").append(kind).append(" argument").append(names.size() == 1 ? "" : "s").append(": ");
        sb.append(nameList(names));
        return Errors.typeError(sb.toString());
    }

    /** 'a'; 'a' and 'b'; 'a', 'b', and 'c'. */
    public static String nameList(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return sb.toString();
    }

    private static PyException tooManyPositional(PyFunction f, CodeObject co, int given, int kwGiven) {
        int argcount = co.argcount;
        int defcount = f.defaults instanceof PyTuple t ? t.items.length : 0;
        boolean plural = argcount != 1;
        String sig;
        if (defcount > 0) { sig = "from " + (argcount - defcount) + " to " + argcount; plural = true; }
        else sig = String.valueOf(argcount);
        String kwSig = "";
        if (kwGiven > 0)
            kwSig = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwGiven + " keyword-only argument" + (kwGiven != 1 ? "s" : "") + ")";
        return Errors.typeError(f.qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but "
                + given + kwSig + " " + (given == 1 && kwGiven == 0 ? "was" : "were") + " given");
    }

    // ---- builtins with named parameters -----------------------------------------------------------

    /**
     * Parses the arguments of a builtin: names are the parameters in order, the first
     * 'required' are mandatory; positional-only when posOnly is true. Missing optionals are null.
     */
    public static PyObject[] parse(String fname, PyObject[] args, String[] kwnames, int required, String... names) {
        return parse(fname, args, kwnames, required, names.length, names);
    }

    /** As {@link #parse(String, PyObject[], String[], int, String...)} with at most maxPositional positional arguments. */
    public static PyObject[] parse(String fname, PyObject[] args, String[] kwnames, int required, int maxPositional, String... names) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject[] out = new PyObject[names.length];
        if (npos > maxPositional) {
            if (maxPositional == 0) throw Errors.typeError(fname + "() takes no positional arguments");
            throw Errors.typeError(fname + "() takes " + (required == maxPositional ? "exactly" : "at most") + " "
                    + maxPositional + " positional argument" + (maxPositional == 1 ? "" : "s") + " (" + npos + " given)");
        }
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int i = 0; i < names.length; i++) if (names[i].equals(kwnames[k])) { idx = i; break; }
            if (idx < 0) throw Errors.typeError(fname + "() got an unexpected keyword argument '" + kwnames[k] + "'");
            if (out[idx] != null) throw Errors.typeError("argument for " + fname + "() given by name ('" + kwnames[k] + "') and position (" + (idx + 1) + ")");
            out[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                if (npos <= i && nkw == 0 && required == names.length && i == npos)
                    throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    /** Checks a builtin takes no keyword arguments. */
    public static void noKeywords(String fname, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Errors.typeError(fname + "() takes no keyword arguments");
    }

    /** Checks positional count for builtins: "len() takes exactly one argument (2 given)" style. */
    public static void count(String fname, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(fname, kwnames);
        int n = args.length;
        if (n >= min && n <= max) return;
        if (min == max) {
            if (min == 1) throw Errors.typeError(fname + "() takes exactly one argument (" + n + " given)");
            if (min == 0) throw Errors.typeError(fname + "() takes no arguments (" + n + " given)");
            throw Errors.typeError(fname + " expected " + min + " arguments, got " + n);
        }
        if (n < min) throw Errors.typeError(fname + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        throw Errors.typeError(fname + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }

    /** The positional part of vectorcall arguments (all of them when there are no keywords). */
    public static PyObject[] positional(PyObject[] args, String[] kwnames) {
        if (kwnames == null || kwnames.length == 0) return args;
        return java.util.Arrays.copyOf(args, args.length - kwnames.length);
    }
}
