/* escape_internal.h — the shared data of escape/'s files (not part of escape's face).
 *
 * The model (see README.md beside this file and /work/shared/ESCAPE.md):
 *  - A Loc is a node of the location graph. Every IR value gets one (LOC_VALUE: an SSA value
 *    never outlives anything; it only carries flows), every ALLOC gets a second one for the
 *    memory it allocates (LOC_OBJECT), each function has one LOC_RESULT per result, each batch
 *    one LOC_HEAP.
 *  - An Edge dst ← src carries derefs: the number of dereferences applied to src's value
 *    minus the number of address-ofs. ALLOC value ← object: −1; LOAD v ← addr: +1; STORE into
 *    a resolvable local object: object ← value: 0; STORE through any other pointer: heap ← value.
 *  - A Summary says, per parameter, the fewest derefs at which it reaches the heap and each
 *    result (SUM_NONE: never). Callers add edges from their arguments accordingly. */
#ifndef GOLC_ESCAPE_INTERNAL_H
#define GOLC_ESCAPE_INTERNAL_H

#include "escape.h"

#include <limits.h>

#define SUM_NONE INT_MAX

typedef enum LocKind { LOC_VALUE, LOC_OBJECT, LOC_RESULT, LOC_HEAP } LocKind;

typedef struct Loc Loc;
typedef struct Edge {
    Loc *src;
    int derefs;
    IRInstr *note;      /* the instruction that made this flow (-m=2 explanations: explain.c) */
} Edge;

struct Loc {
    LocKind kind;
    IRFunc *fn;         /* owning function (NULL for the heap) */
    IRInstr *instr;     /* VALUE: the value; OBJECT: its ALLOC */
    int result_index;   /* RESULT */
    int loop_depth;     /* OBJECT: the ALLOC's loop depth */
    Edge *edges;        /* incoming flows: this ← edges[i].src */
    int nedges, cap;
    bool escapes;       /* OBJECT: must live on the heap */
    Loc **members;      /* VALUE of a call with several results: one loc per result */
    /* solver state */
    int walkgen;
    int derefs;
    bool queued;
    Loc *pred;          /* the walk reached this loc through pred->edges[pred_edge] */
    int pred_edge;
    int explain_mark;   /* explain.c: visited by the current explanation */
};

/* Per-function summary: index 0 is the closure/env parameter (PARAM -1), i + 1 is PARAM i. */
typedef struct Summary {
    int nparams;        /* IR params + 1 */
    int nresults;
    int *heap;          /* [nparams] */
    int *result;        /* [nparams * nresults] */
} Summary;

typedef struct FuncInfo {
    IRFunc *fn;
    Summary *sum;       /* NULL until solved */
    bool in_batch;      /* being solved right now */
    Loc **results;      /* [nresults] while in batch */
    Loc *heap;          /* the batch's heap location */
    /* call graph / SCC (callgraph.c) */
    int index, lowlink;
    bool onstack;
    IRFunc **callees;
    int ncallees, capcallees;
    /* inlining (inline.c) */
    int cost;
    bool can_inline;
    IRFunc **inlined;    /* every function inlined into this one, transitively, per site */
    int ninlined;
    int max_loop_depth;  /* deepest ALLOC loop depth (solve.c) */
    bool literal_reported; /* a capture-less func literal's verdict is printed (report.c) */
    bool closure_live;   /* a closure's code with a use left that was not inlined (report.c) */
} FuncInfo;

typedef struct EscState {
    IRProgram *prog;
    EscapeOptions *opts;
    Loc **locs;         /* every loc of the current batch */
    int nlocs, caplocs;
    Loc *heap;
    int walkgen;
    IRFunc **string_methods; /* String/Error/GoString methods fmt's engine may call */
    int nstring_methods;
    Loc **order;        /* the last walk's locations in the order it reached them */
    int norder, caporder;
} EscState;

static inline FuncInfo *finfo(IRFunc *f) { return (FuncInfo *)f->esc; }
static inline Loc *iloc(IRInstr *in) { return (Loc *)in->esc; }

/* graph.c */
Loc *loc_new(EscState *st, LocKind kind, IRFunc *fn, IRInstr *in);
void loc_flow(Loc *dst, Loc *src, int derefs);
void loc_note(IRInstr *why);                 /* the instruction later loc_flow edges come from */
Loc *value_loc(EscState *st, IRInstr *in);   /* creates on first use (free values too) */
Loc *object_loc(IRInstr *alloc);
Loc *result_loc(EscState *st, IRInstr *call, int r); /* result r of a call's value */
void graph_reset(EscState *st);

/* build.c: adds every function's flows */
void build_func(EscState *st, IRFunc *f);

/* summary.c */
Summary *summary_new(int nparams, int nresults);
int sum_heap(Summary *s, int param);            /* param: −1 env, 0.. IR params */
int sum_result(Summary *s, int param, int r);
void summary_join(Summary *into, Summary *from);
void summary_from_batch(EscState *st, IRFunc *f);
/* externs.c: summaries of body-less functions and the runtime's calls */
Summary *extern_summary(EscState *st, IRFunc *f);
void rt_call_flows(EscState *st, IRInstr *call);
bool extern_calls_string_methods(IRFunc *f);
char extern_param_kind(IRFunc *f, int i);

/* solve.c */
void solve_batch(EscState *st, IRFunc **fns, int n);
void walk_from(EscState *st, Loc *root);        /* leaves derefs in locs with walkgen */

/* callgraph.c */
void callgraph_build(EscState *st);
void callgraph_sccs(EscState *st, void (*visit)(EscState *, IRFunc **, int));
void iface_callees(EscState *st, IRInstr *call, IRFunc ***out, int *n);
void callind_callees(EscState *st, IRInstr *call, IRFunc ***out, int *n);   /* n = -1: unknown */
IRFunc *closure_func(IRInstr *alloc);
/* static_value.c: the value `var` (an ALLOC_VAR) holds at `use`, when its only assignment
 * dominates use and its address is only loaded from; NULL otherwise (renumbers f's blocks:
 * ids become indices). fold_make_sizes gives make a constant count where that count is known so. */
IRInstr *static_assigned_value(IRFunc *f, IRInstr *var, IRInstr *use);
IRInstr *static_const(IRFunc *f, IRInstr *v);   /* the IR_CONST v certainly is, or NULL */
void fold_make_sizes(IRProgram *p);
/* inline_closure.c: the function an IR_CALLIND of f certainly calls, from what f itself
 * builds (a closure record, a top-level func value, or a variable assigned once with one of
 * those), with the environment it is handed in *env; NULL when unknown. Renumbers f's
 * blocks (ids become indices). Inlining inlines such calls; the analysis calls only it. */
IRFunc *inline_known_target(IRFunc *f, IRInstr *call, IRInstr **env);
bool is_frame_defer_record(IRInstr *alloc);   /* a defer record that can live in the frame */

/* decide.c */
void decide_small_boxes(IRProgram *p);   /* after every batch is decided and reported */
void decide_func(EscState *st, IRFunc *f);
bool alloc_too_large(IRInstr *in);

/* report.c */
bool report_wanted(EscState *st, IRFunc *f);
void report_add(Pos pos, int phase, char *text);
void report_explain(Pos pos, char *lines);  /* -m=2: lines printed before the batch's verdicts */
void report_next_batch(void);
const char *report_result_name(IRFunc *f, int r);
void report_ordered(bool by_batch);         /* -m=2: gc's order (analysis order per batch) */

/* explain.c (-m=2) */
bool explain_wanted(EscState *st, Loc *l);
void explain_escape(EscState *st, Loc *root, Loc *obj);
void explain_too_large(EscState *st, Loc *obj);
void explain_self_assignment(EscState *st, IRInstr *store);
void explain_sort(Loc *root, Loc **objs, int n);   /* gc's order: nearest to the root first */
void explain_leak(EscState *st, Loc *root, IRInstr *param, int derefs);
const char *explain_func_name(IRFunc *f);
void explain_reset(void);

/* inline_text.c (-m=2): "can inline f with cost N as: func(...) { body }", "cannot inline f: ..." */
char *inline_decision_text(IRFunc *f, const char *name, int cost);
char *inline_refusal_text(IRFunc *f, bool in_cycle);
char *gc_expr_string(Node *e);  /* a call as gc prints it after typechecking: "T.M(x)", "f(... argument...)" */
void report_func(EscState *st, IRFunc *f);
/* The variable a (named) parameter is stored into at its function's entry, or NULL. */
IRInstr *report_param_var(IRInstr *param);
/* Marks the closures whose every use was inlined: gc deletes them, and prints nothing about
 * their bodies. Call after inlining and the call graph's rebuild. */
void report_mark_live_closures(EscState *st);
void report_flush(void);

/* inline.c */
void inline_program(EscState *st);

#endif
