/* check.h — the type checker's internal face, shared by frontend/check_*.c,
 * universe.c and types.c. Outside the checker, use frontend.h (check_package).
 *
 * Expressions are their own operands: checking a Node fills its `type`, `mode` and
 * `cv` (ast.h). An untyped constant or untyped expression keeps its untyped type until
 * the context decides (assignment, binary operation with a typed operand, default type
 * in an interface or := context); then convert_untyped rewrites the types of the
 * subtree so lowering only ever sees typed expressions. */
#ifndef GOLC_CHECK_H
#define GOLC_CHECK_H

#include "constant.h"
#include "frontend.h"
#include "types.h"

/* ---- types.c internals ---- */
Type *type_new(TypeKind kind);
Type *type_basic(TypeKind k, int64_t size, int align);
void type_set_underlying(Type *named, Type *u);
void types_layout_all(void);
void type_write_signature(StrBuf *b, Type *t, const char *rel);

/* ---- universe.c ---- */
void universe_init(void);          /* idempotent */
Package *unsafe_package(void);
extern Obj *universe_iota;         /* the iota constant (value comes from the spec) */

/* ---- package-level declaration state ---- */
typedef enum { DECL_UNRESOLVED, DECL_RESOLVING, DECL_RESOLVED } DeclState;
typedef struct DeclInfo {
    Obj *obj;
    DeclState state;
    Scope *file_scope;  /* scope of the file the declaration is in */
    Node *spec;         /* N_VALUESPEC / N_TYPESPEC / N_FUNCDECL */
    int index;          /* which name of a value spec */
    Node *init;         /* the initialiser expression (or the shared multi-value call) */
    Node *type_expr;    /* const: inherited type expression of an implicit repetition */
    Vec deps;           /* Obj* of package-level vars/funcs this declaration refers to */
} DeclInfo;

typedef struct Checker {
    Package *pkg;
    Scope *scope;        /* current innermost scope */
    Scope *file_scope;
    DeclInfo *decl;      /* package-level declaration being resolved (for deps), or NULL */
    Obj *func;           /* enclosing declared function (for locals' Obj.func) */
    Type *sig;           /* signature of the innermost function (decl or literal) */
    Node *func_body;
    int iota;            /* >= 0 inside a const spec */
    Vec labels;          /* Obj* OBJ_LABEL of the current function (decl: N_LABELED) */
    Vec breakable;       /* Node* stack: for/range/switch/select for unlabeled break/continue */
    Vec func_lits;       /* pending N_FUNCLIT bodies? (checked inline) */
    Vec delayed_bodies;  /* N_FUNCDECL to check after package-level declarations */
    Vec used_imports;    /* OBJ_PKG objs that were used */
    Vec local_vars;      /* Obj* of locals declared in the function being checked */
    Vec all_decls;       /* DeclInfo* in source order */
    bool fallthrough_ok; /* checking the last statement of a non-final case clause */
    Node *ftype;         /* N_FUNCTYPE of the innermost function (result names for returns) */
    Vec label_blocks;    /* parallel to labels: the N_BLOCK / N_CASE holding each label */
    Vec blocks;          /* N_BLOCK / N_CASE statement lists being checked (innermost last) */
} Checker;

/* check.c */
DeclInfo *decl_info(Obj *o);     /* NULL for non-package-level objects */
void record_dep(Checker *c, Obj *o);
char *tstr(Checker *c, Type *t); /* type string relative to the package being checked */
Obj *obj_new(ObjKind kind, const char *name, Pos pos, Type *type, Package *pkg);
void declare(Checker *c, Scope *s, Obj *o, Node *ident);

/* check_decl.c */
void resolve_obj(Checker *c, Obj *o);
Type *check_type(Checker *c, Node *e);               /* type expression → Type */
Type *check_signature(Checker *c, Node *ftype, Node *recv, Scope *fscope, bool declare_params);
void check_local_decl(Checker *c, Node *gendecl);
void check_const_spec(Checker *c, Node *spec, Node *type_expr, Vec *values, int iota,
                      Obj **objs, int nobjs);
void collect_methods(Checker *c);

/* check_expr.c */
Pos spos(Node *e);                                   /* leftmost position (gc reports there) */
void check_expr(Checker *c, Node *e, Type *hint);    /* value expression; hint may be NULL */
void check_expr_or_type(Checker *c, Node *e);
void check_multi_expr(Checker *c, Node *e);          /* allows tuples (multi-value calls) */
void check_multi_expr_hint(Checker *c, Node *e, Type *hint);
void expr_single_value(Checker *c, Node *e);         /* the checks check_expr adds */
void convert_untyped(Checker *c, Node *e, Type *target);
void set_default_type(Checker *c, Node *e);          /* untyped → default */
char *operand_string(Checker *c, Node *e);           /* "x (variable of type int)" */
void check_func_lit(Checker *c, Node *e);
bool is_addressable(Node *e);
void mark_addr_taken(Node *e);
Obj *lookup_ident(Checker *c, Node *id);
void check_selector(Checker *c, Node *e);
bool check_shift_count(Checker *c, Node *y, unsigned *count);

/* check_call.c */
void check_call(Checker *c, Node *e, Type *hint);
void check_conversion(Checker *c, Node *e, Type *t);

/* check_assign.c */
/* Checks that e (already checked) can be assigned to type t; converts untyped; reports
 * "cannot use ... as T value in <context>". Returns false after an error. */
bool assign_to(Checker *c, Node *e, Type *t, const char *context);
bool assignable(Checker *c, Node *e, Type *t, char **reason);
void check_assign_stmt(Checker *c, Node *s);
void check_var_spec_local(Checker *c, Node *spec);
void init_vars(Checker *c, Obj **lhs, int nlhs, Vec *rhs, Pos pos, const char *context,
               Node *type_expr);

/* check_stmt.c */
void check_func_body(Checker *c, Obj *func, Type *sig, Node *body, Scope *fscope);
void check_stmt(Checker *c, Node *s);
void check_block(Checker *c, Node *b);
bool is_terminating(Node *s, const char *label);

/* check_lookup.c */
/* Looks up field or method `name` in type t (value of type t, or *t auto-deref). */
Selection *lookup_field_or_method(Checker *c, Type *t, const char *name, bool *ambiguous);
/* Does t implement interface iface? On failure *missing is the method name, *wrong_type
 * set when the method exists with another signature or needs a pointer receiver. */
bool implements(Type *t, Type *iface, const char **missing, int *why);
char *missing_method_reason(Checker *c, Type *t, Type *iface);

/* check_generic.c — generics by monomorphisation (the file comment explains the design) */
void generic_declare_func(Checker *c, Obj *o, Node *fd);       /* resolve_obj of a generic func */
void generic_declare_type(Checker *c, Obj *o, Node *spec);     /* resolve_obj of a generic type */
/* A method whose receiver base is R[P...]: te is that N_INDEX. */
void generic_register_method(Checker *c, Node *fd, Obj *o, bool ptr, Node *te);
bool generic_check_call(Checker *c, Node *call, Type *hint);   /* true: the call was handled */
bool generic_check_index(Checker *c, Node *e);                 /* true: e was an instantiation */
Type *generic_type_index(Checker *c, Node *e);                 /* check_type of N_INDEX */
/* Reports "cannot use generic function/type X without instantiation" when e names one. */
bool generic_report_uninstantiated(Checker *c, Node *e);
/* check_interface_type: a union/~T/non-interface element, an embedded constraint interface,
 * and the interface built when any was present (NULL: an ordinary interface). */
void generic_union_elem(Checker *c, Node *x, Type *checked, Vec *unions);
void generic_embed_constraint(Type *iface, Vec *unions, bool *comparable);
Type *generic_constraint_iface(Method *ms, int n, Vec *unions, bool comparable);
void generic_finish_package(Checker *c);  /* checks the queued bodies of instances */

/* check_init.c */
void compute_init_order(Checker *c);

#endif
