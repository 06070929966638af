package regpy.ast;

/**
 * Any AST node. Node classes mirror CPython 3.13's Parser/Python.asdl:
 * <ul>
 * <li>a sum type is a sealed interface ({@link Stmt}, {@link Expr}, {@link Pattern}, ...) whose
 *     constructors are nested records named as Python's classes ({@code Stmt.FunctionDef},
 *     {@code Expr.BinOp}, {@code Stmt.Expr});</li>
 * <li>a simple sum (no fields) is an enum whose constants are the singletons
 *     ({@code ExprContext.Load}, {@code Operator.Add}, {@code Boolop.And}, {@code Cmpop.Eq});</li>
 * <li>product types are top-level records with Python's lowercase names ({@code arguments},
 *     {@code arg}, {@code keyword}, {@code alias}, {@code withitem}, {@code match_case},
 *     {@code comprehension}); type_ignore's only constructor is the record {@link TypeIgnore}.</li>
 * </ul>
 * Record components are the ASDL fields in ASDL order with ASDL names, then the location
 * attributes. Optional fields are null, sequences are {@link java.util.List}s, identifiers and
 * strings are {@link String}, constants use {@link regpy.code.Const}'s representation.
 * {@link NodeType} is the one reflective view (Python name, _fields, _attributes, get, create).
 */
public interface Node {
    /** This node's class description. */
    default NodeType nodeType() { return NodeType.of(this); }
}
