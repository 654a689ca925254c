/* lower.h — lowering's internal face: the checked AST (ast.h, types.h) → the IR (ir.h).
 *
 * One Lower state object is threaded through every function of lower*.c (no globals):
 *   lower.c        program, packages, globals, package init, function bodies, emit helpers
 *   lower_stmt.c   statements and control flow
 *   lower_expr.c   expressions, addresses, operators, indexing and slicing
 *   lower_call.c   calls, arguments, receivers, conversions
 *   lower_builtin.c builtins (len, append, make, print, min/max, ...)
 *   lower_lit.c    composite literals
 *   lower_iface.c  interface boxing, itabs, "(*T).M" and promoted-method wrappers
 *   lower_assert.c type assertions, type switches, "golc.assert.I" functions
 *   lower_closure.c func literals (closure records), method values
 *   lower_map.c    maps: make, literals, m[k], assignment, delete, clear, len, range
 *   lower_chan.c   channels (make, send, receive, close, len/cap, range), select, go
 *   lower_rangefunc.c range over func: the body as a closure, exits, gc's run-time checks
 *
 * Invariant: every Go variable lives in memory (an ALLOC each); Obj->ir of a local variable
 * is the IRInstr* of its current ALLOC, of a global its IRGlobal*, of a function its IRFunc*.
 * Code after a terminator goes into a fresh block automatically (emit_* never appends to a
 * terminated block), so unreachable code is still lowered and type errors in it are not
 * hidden. Anything golc does not support is reported with diag_unsupported at the node and
 * lowered to a zero value, never to wrong code. */
#ifndef GOLC_LOWER_H
#define GOLC_LOWER_H

#include <stdlib.h>

#include "frontend.h"
#include "ir.h"

typedef struct JumpTarget {
    Node *stmt;         /* N_FOR / N_RANGE / N_SWITCH (the statement, not its label) */
    Node *label;        /* enclosing N_LABELED or NULL */
    IRBlock *brk, *cont;/* cont NULL for switch */
} JumpTarget;

typedef struct LabelBlock {
    Node *labeled;      /* N_LABELED */
    IRBlock *block;
} LabelBlock;

typedef struct Lower {
    IRProgram *ir;
    Program *prog;
    Package *pkg;       /* package being lowered */
    IRFunc *fn;         /* function being lowered */
    IRBlock *cur;       /* block receiving instructions */
    Vec result_vars;    /* IRInstr* ALLOC_VAR of named results (empty when unnamed) */
    int loop_depth;
    Vec targets;        /* JumpTarget* (innermost last) */
    Vec labels;         /* LabelBlock* of the current function */
    Node *pending_label;/* N_LABELED whose statement is being lowered now */
    IRBlock *fallthrough_to; /* body of the next switch clause (fallthrough) */
    Node *body;         /* body of the function being lowered (to find goto labels) */
    Vec boxed;          /* Type*: every concrete type converted to an interface */
    Vec assert_ifaces;  /* Type*: non-empty interfaces asserted to ... */
    Vec assert_funcs;   /* IRFunc*: ... and their "golc.assert.I" functions */
    Vec assert_miss;    /* IRFunc* or NULL: "golc.assertmiss.I" (panic messages) */
    Vec captures;       /* Obj*: variables the function being lowered reaches through its env */
    Type *env_type;     /* its closure record type (struct { code; *T1; ... }) */
    /* defer (lower_defer.c): the current function's defer frame (NULL: it has no defer),
     * its result slots, its thunk counter; in a thunk, the operand nodes bound to values */
    IRInstr *defer_frame;
    IRInstr **defer_slots;
    int ndefer_wraps;
    struct DeferSubst *defer_subst;
    int ndefer_subst;
    /* range over func (lower_rangefunc.c): its per-function state; meaningful only while its
     * `real` or current body function is `fn` (func literals inside inherit a stale pointer) */
    struct RangeFuncState *rangefunc;
} Lower;

/* ---- synthesized functions (lower.c) ----
 * Wrappers, thunks and closure bodies are lowered by switching the Lower state to them and
 * back. lower_enter saves the state in *saved, starts `f` fresh (no loops, labels, results or
 * defer frame; an entry block); lower_leave restores it but keeps the program-wide tables
 * (boxed types, assertion functions) that the body may have extended. */
void lower_enter(Lower *L, Lower *saved, IRFunc *f);
void lower_leave(Lower *L, const Lower *saved);
/* Returns the results of `call` (of f's result types) from f: RET of none, one, or each. */
void emit_return_call(Lower *L, IRFunc *f, IRInstr *call, Pos pos);

/* ---- emit helpers (lower.c) ---- */
IRInstr *emit(Lower *L, IROp op, Type *type, Pos pos, int nargs, IRInstr **args);
IRInstr *emit0(Lower *L, IROp op, Type *type, Pos pos);
IRInstr *emit1(Lower *L, IROp op, Type *type, Pos pos, IRInstr *a);
IRInstr *emit2(Lower *L, IROp op, Type *type, Pos pos, IRInstr *a, IRInstr *b);
IRInstr *emit3(Lower *L, IROp op, Type *type, Pos pos, IRInstr *a, IRInstr *b, IRInstr *c);
IRInstr *emit_alloc(Lower *L, AllocKind kind, Type *elem, IRInstr *count, Pos pos, Node *site);
IRInstr *emit_var(Lower *L, Obj *var, Pos pos);        /* ALLOC_VAR; sets var->ir */
IRInstr *emit_temp(Lower *L, Type *elem, Pos pos);      /* ALLOC_TEMP */
IRInstr *emit_load(Lower *L, IRInstr *addr, Type *t, Pos pos);
void emit_store(Lower *L, IRInstr *addr, IRInstr *val, Pos pos);
IRInstr *emit_extract(Lower *L, IRInstr *agg, int index, Type *t, Pos pos);
IRInstr *emit_binop(Lower *L, Tok op, Type *t, IRInstr *a, IRInstr *b, Pos pos);
IRInstr *emit_cmp(Lower *L, Tok op, IRInstr *a, IRInstr *b, Pos pos);
IRInstr *emit_convert(Lower *L, IRInstr *v, Type *to, Pos pos); /* no-op if same type */
IRInstr *emit_callrt(Lower *L, const char *name, Type *result, Pos pos, int nargs, ...);
void emit_jump(Lower *L, IRBlock *to, Pos pos);
void emit_branch(Lower *L, IRInstr *cond, IRBlock *t, IRBlock *f, Pos pos);
void emit_panic_call(Lower *L, const char *name, Pos pos, int nargs, ...); /* + UNREACHABLE */
IRBlock *new_block(Lower *L, const char *name);
void set_block(Lower *L, IRBlock *b);
bool block_terminated(IRBlock *b);

/* free values */
IRInstr *k_int(int64_t v);                  /* int constant */
IRInstr *k_typed_int(Type *t, int64_t v);   /* integer constant of type t */
IRInstr *k_zero(Type *t);                   /* zero value of t */
IRInstr *k_const(Type *t, ConstVal *cv);
IRInstr *k_bool(bool b);
IRInstr *k_typedesc(Type *t);
IRInstr *k_funcval(IRFunc *f, Type *t);

/* types */
Type *value_type(Type *t);      /* untyped → default type; NULL stays NULL */
Type *canonical_type(Type *t);  /* byte → uint8, rune → int32 (run-time identity) */
bool is_pointer_shaped(Type *t);
Type *tuple_of_results(Type *sig);
Type *result_type_of(Type *sig); /* NULL, the single result, or a tuple */
Type *recv_type_of(Obj *method);

/* ---- expressions (lower_expr.c) ---- */
IRInstr *lower_expr(Lower *L, Node *e);                 /* value of e */
IRInstr *lower_expr_to(Lower *L, Node *e, Type *to);    /* value converted for assignment to `to` */
IRInstr *lower_addr(Lower *L, Node *e);                 /* address of an addressable e */
IRInstr *lower_addr_or_spill(Lower *L, Node *e);        /* address, or of a temp copy */
IRInstr *lower_cond(Lower *L, Node *e);                 /* bool value */
IRInstr *var_addr(Lower *L, Obj *o, Pos pos);
IRInstr *field_path_addr(Lower *L, IRInstr *ptr, Type *ptype, int *path, int n, Pos pos, Type **out);
IRInstr *lower_concat(Lower *L, IRInstr **parts, int n, Type *t, Pos pos, Node *site);
IRInstr *lower_binary_values(Lower *L, Tok op, Type *t, IRInstr *x, Type *xt, IRInstr *y, Type *yt,
                             Pos pos, Node *site);
IRInstr *lower_unsupported(Lower *L, Node *e, const char *what);

/* ---- calls (lower_call.c) ---- */
IRInstr *lower_call(Lower *L, Node *call);   /* NULL for calls without a value */
IRInstr *lower_conversion(Lower *L, IRInstr *v, Type *from, Type *to, Pos pos, Node *site);
IRInstr *lower_builtin(Lower *L, Node *call);
IRInstr *lower_append(Lower *L, Node *call);

IRInstr *lower_receiver(Lower *L, Node *x, Selection *sel, bool want_ptr, Pos pos);

/* ---- func literals and method values (lower_closure.c) ---- */
IRInstr *lower_funclit(Lower *L, Node *lit);
IRInstr *lower_method_value(Lower *L, Node *sel);
void lower_bind_captures(Lower *L, Pos pos);
/* Adds to caps the enclosing functions' variables used in n (no duplicates). */
void lower_collect_captures(Node *n, Vec *caps);
/* A synthesized closure of func type ft named `name` that reaches the variables `caps` through
 * its env: body(L, f, arg) lowers its code (entry block open, captures bound). `site` is the
 * ALLOC_CLOSURE's site. Returns the func value. (Range-over-func bodies use it.) */
const char *lower_closure_name(Lower *L, bool range_body);
void lower_mark_range_body(Lower *L, IRFunc *body, IRFunc *loop_owner);
IRInstr *lower_synth_closure(Lower *L, const char *name, Type *ft, Vec *caps, Pos pos, Node *site,
                             void (*body)(Lower *L, IRFunc *f, void *arg), void *arg);

/* ---- composite literals (lower_lit.c) ---- */
IRInstr *lower_composite(Lower *L, Node *lit);                  /* value */
IRInstr *lower_composite_addr(Lower *L, Node *lit, Node *site); /* &T{...} */
void lower_composite_into(Lower *L, Node *lit, Type *t, IRInstr *addr); /* into zeroed memory */

/* ---- interfaces (lower_iface.c) ---- */
IRInstr *lower_to_iface(Lower *L, IRInstr *v, Type *from, Type *to, Pos pos, Node *site);
IRItab *lower_itab(Lower *L, Type *concrete, Type *iface, Pos pos);
IRFunc *lower_method_wrapper(Lower *L, IRFunc *method, Type *recv);
Method *find_method(Type *t, const char *name);   /* declared on t (named) or *named */
bool lower_has_promoted(Type *concrete, const char *name); /* through embedded fields */

/* ---- type assertions and switches (lower_assert.c) ---- */
IRFunc *lower_iface_method_func(Lower *L, Type *it, int mi, Type *et, Pos pos); /* lower_closure.c */
IRFunc *lower_promoted_method_expr(Lower *L, Type *recv_t, const char *name); /* lower_iface.c */
IRInstr *lower_iface_to_iface(Lower *L, IRInstr *v, Type *from, Type *to, Pos pos);
IRInstr *lower_type_assert(Lower *L, Node *e, IRInstr **ok_out); /* ok_out NULL: panics */
void lower_type_switch(Lower *L, Node *s, Node *label);
void lower_note_boxed(Lower *L, Type *concrete);
void lower_finish_asserts(Lower *L);  /* after every body: the assert functions */

/* ---- statements (lower_stmt.c) ---- */
void lower_stmt(Lower *L, Node *s);
void lower_block(Lower *L, Node *block);
void lower_store_to(Lower *L, Node *lhs, IRInstr *addr, IRInstr *val); /* lhs may be blank */

/* ---- range over func (lower_rangefunc.c) ---- */
void lower_rangefunc(Lower *L, Node *s, Node *label);
/* In a range-over-func body: break/continue/goto `s` that leaves it, `return`, `defer`.
 * They return false when L is not lowering such a body (or s stays inside it). */
bool lower_rangefunc_branch(Lower *L, Node *s);
bool lower_rangefunc_return(Lower *L, Node *s);
bool lower_rangefunc_defer(Lower *L, Node *s);
/* lower_stmt.c helpers it shares: iteration-variable assignment, return values */
void lower_range_vars(Lower *L, Node *s, IRInstr *kv, Type *kt, IRInstr *vv, Type *vt);
IRInstr **lower_return_values(Lower *L, Node *s, int n, Type **types);

/* ---- maps (lower_map.c; the runtime side is runtime/map.c) ---- */
/* m[k] as an assignment target: m and k are evaluated once, k spilled to a temporary; the
 * runtime's insertion (lower_map_slot) happens only right before the store, after the right
 * side has been evaluated (it may itself grow the map). */
typedef struct MapRef { IRInstr *map, *key; Type *maptype; Pos pos; } MapRef;
bool is_map_index(Node *e);                                    /* m[k], parens stripped */
IRInstr *lower_make_map(Lower *L, Node *call);                 /* make(map[K]V[, hint]) */
IRInstr *lower_map_lit(Lower *L, Node *lit, Type *t);          /* map[K]V{...} of type t */
IRInstr *lower_map_index(Lower *L, Node *e, IRInstr **ok_out); /* m[k] (zero if missing), ok */
IRInstr *lower_map_index_addr(Lower *L, Node *e);              /* a temporary holding m[k] */
MapRef *lower_map_ref(Lower *L, Node *e);
IRInstr *lower_map_slot(Lower *L, MapRef *r);                  /* address of m[k]'s value */
void lower_map_op_assign(Lower *L, Node *s);                   /* m[k] op= v */
IRInstr *lower_map_len(Lower *L, Node *x, Pos pos);
void lower_map_delete(Lower *L, Node *call);
void lower_map_clear(Lower *L, Node *call);
void lower_map_range(Lower *L, Node *s, Node *label);

/* ---- channels, select, go statements (lower_chan.c; runtime/chan.c, select.c, sched.c) ---- */
IRInstr *lower_make_chan(Lower *L, Node *call);                /* make(chan T[, n]) */
IRInstr *lower_chan_len(Lower *L, Node *x, bool want_cap, Pos pos);
void lower_chan_close(Lower *L, Node *call);
void lower_send(Lower *L, Node *s);                            /* N_SENDSTMT */
IRInstr *lower_chan_recv(Lower *L, Node *e, IRInstr **ok_out); /* <-c (N_UNARY), ok */
void lower_chan_range(Lower *L, Node *s, Node *label);
void lower_select(Lower *L, Node *s);                          /* takes L->pending_label */
void lower_go(Lower *L, Node *s);

/* ---- defer, recover (lower_defer.c) ---- */
enum { GOLC_DEFER_FRAME_WORDS = 64 };   /* GORT_DEFER_FRAME_BYTES / 8 (runtime/runtime.h) */
void lower_defer_prologue(Lower *L, Node *body, Pos pos); /* after the params; no-op without defer */
void lower_defer_exit(Lower *L, Pos pos);       /* run the defers, return the result slots */
void lower_defer_return(Lower *L, Node *s);     /* `return` in a function with defer */
void lower_defer_stmt(Lower *L, Node *s);
void lower_go_thunk(Lower *L, Node *s);   /* go of a builtin (lower_defer.c) */
IRInstr *lower_defer_subst(Lower *L, Node *e, bool addr); /* in a thunk: e's saved value */
IRInstr *lower_recover(Lower *L, Node *call);

/* ---- functions (lower.c) ---- */
void lower_func_body(Lower *L, IRFunc *f, Node *decl);

#endif
