/* callgraph.c — who may call whom, and the strongly connected components in bottom-up order
 * (Tarjan), so that every callee outside a batch has its summary before the batch is solved.
 *
 * Edges: static calls; interface calls to every method an itab of that interface lists (the
 * whole program is known: class-hierarchy analysis); calls through func values to every
 * function of that signature whose value is taken; a closure record to its function (its
 * summary is applied where the record is built); fmt's formatting externals to every
 * String/Error/GoString method (the C engine calls them). */
#include "escape_internal.h"

#include <stdlib.h>
#include <string.h>

static void add_callee(IRFunc *f, IRFunc *callee)
{
    FuncInfo *fi = finfo(f);
    if (!callee || !callee->esc)
        return;
    for (int i = 0; i < fi->ncallees; i++)
        if (fi->callees[i] == callee)
            return;
    if (fi->ncallees == fi->capcallees) {
        fi->capcallees = fi->capcallees ? fi->capcallees * 2 : 8;
        fi->callees = xrealloc(fi->callees, fi->capcallees * sizeof *fi->callees);
    }
    fi->callees[fi->ncallees++] = callee;
}

/* The function a closure record's code word is set to, found in the stores that fill it. */
IRFunc *closure_func(IRInstr *rec)
{
    IRBlock *b = rec->block;
    for (int i = 0; b && i < b->instrs.len; i++) {
        IRInstr *in = b->instrs.data[i];
        if (in->op != IR_STORE || in->args[0]->op != IR_FIELDADDR || in->args[0]->args[0] != rec ||
            in->args[0]->index != 0)
            continue;
        IRInstr *v = in->args[1];
        while (v && (v->op == IR_LOAD || v->op == IR_CONVERT))
            v = v->args[0];
        return v && v->op == IR_FUNCVAL ? v->func : NULL;
    }
    return NULL;
}

/* Whether block b can run again in the same call (it reaches itself through the CFG). A
 * pushed defer record stays pending until its function returns, so a defer statement that
 * can run twice needs a fresh record each time (the heap); one that runs at most once per
 * call keeps its record in the frame, which outlives every use of it (runtime/defer.c: the
 * records of a frame are run, on return, panic or Goexit, before the frame goes away).
 * Loops made with goto count too, which is why this is not the syntactic loop depth. */
static bool on_cycle(IRBlock *b)
{
    IRFunc *f = b->func;
    int maxid = 0;
    for (int i = 0; i < f->blocks.len; i++)
        if (((IRBlock *)f->blocks.data[i])->id > maxid)
            maxid = ((IRBlock *)f->blocks.data[i])->id;
    char *seen = xcalloc(maxid + 1, 1);
    IRBlock **work = xcalloc(maxid + 2, sizeof *work);
    int n = 0;
    bool found = false;
    work[n++] = b;
    while (n > 0 && !found) {
        IRBlock *x = work[--n];
        IRInstr *t = x->instrs.len ? x->instrs.data[x->instrs.len - 1] : NULL;
        int nsucc = !t ? 0 : t->op == IR_JUMP ? 1 : t->op == IR_BRANCH ? 2 : 0;
        for (int i = 0; i < nsucc; i++) {
            IRBlock *s = t->succ[i];
            if (s == b)
                found = true;
            else if (s && s->id >= 0 && s->id <= maxid && !seen[s->id]) {
                seen[s->id] = 1;
                work[n++] = s;
            }
        }
    }
    free(seen);
    free(work);
    return found;
}

/* A `defer` statement's record (ALLOC_DEFER whose code is a defer thunk, not a `go`
 * statement's) that can live in its function's frame: its statement runs at most once per
 * call. Its thunk runs before the function returns (runtime/defer.c), so the record is
 * modelled as the thunk's closure env; every other ALLOC_DEFER is a heap object. */
bool is_frame_defer_record(IRInstr *rec)
{
    if (rec->op != IR_ALLOC || rec->alloc_kind != ALLOC_DEFER || !rec->block)
        return false;
    IRFunc *fn = closure_func(rec);
    return fn && fn->defer_thunk && !rec->block->func->rangefunc_body && !on_cycle(rec->block);
}

/* ---- calls through func values ------------------------------------------------------------
 * The whole program is known, and a func value can only be made from a function whose value
 * is taken somewhere (an IR_FUNCVAL operand: top-level functions used as values, closure and
 * method-value code stored into records). A call through a func value of type F may reach
 * exactly those functions whose signature is identical to F; their summaries are joined as
 * for interface calls. Globals have no static initialisers (ir.h), so instruction operands
 * are the only place a func value can come from. */

static IRFunc **taken;
static int ntaken, captaken;

static void note_taken(IRFunc *f)
{
    for (int i = 0; i < ntaken; i++)
        if (taken[i] == f)
            return;
    if (ntaken == captaken) {
        captaken = captaken ? captaken * 2 : 64;
        taken = xrealloc(taken, captaken * sizeof *taken);
    }
    taken[ntaken++] = f;
}

static void collect_taken(IRProgram *p)
{
    ntaken = 0;
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = p->funcs.data[i];
        for (int bi = 0; bi < f->blocks.len; bi++) {
            IRBlock *b = f->blocks.data[bi];
            for (int ii = 0; ii < b->instrs.len; ii++) {
                IRInstr *in = b->instrs.data[ii];
                for (int a = 0; a < in->nargs; a++)
                    if (in->args[a] && in->args[a]->op == IR_FUNCVAL && in->args[a]->func)
                        note_taken(in->args[a]->func);
            }
        }
    }
}

/* Whether f's IR parameters and results are those of func type ft. IR parameters, not f->sig:
 * a method expression's value is the method itself, whose receiver is IR parameter 0. A
 * superset of the real targets is harmless (only more conservative). */
static bool same_shape(IRFunc *f, Type *ft)
{
    if (f->nparams != ft->nfields || f->nresults != ft->nresults || !f->param_types)
        return false;
    for (int i = 0; i < f->nparams; i++)
        if (!f->param_types[i] || !type_identical(f->param_types[i], ft->fields[i].type))
            return false;
    for (int i = 0; i < f->nresults; i++)
        if (!f->result_types || !f->result_types[i] || !type_identical(f->result_types[i], ft->results[i].type))
            return false;
    return true;
}

/* The possible targets of an IR_CALLIND (args[0] the func value, args[1..] its params 0..);
 * *n = -1 when the call must be treated as unknown: no candidate, or one whose IR parameters
 * do not line up with the signature, or one the analysis knows nothing about. */
void callind_callees(EscState *st, IRInstr *call, IRFunc ***out, int *n)
{
    static IRFunc **buf;
    static int cap;
    (void)st;
    *n = 0;
    *out = buf;
    Type *ft = call->nargs > 0 && call->args[0]->type ? under(call->args[0]->type) : NULL;
    if (!ft || ft->kind != T_FUNC) {
        *n = -1;
        return;
    }
    if (cap == 0) {
        cap = 16;
        buf = xrealloc(buf, cap * sizeof *buf);
        *out = buf;
    }
    /* the caller builds the func value itself: exactly one target (inline_closure.c) */
    IRInstr *env;
    IRFunc *known = call->block ? inline_known_target(call->block->func, call, &env) : NULL;
    if (known && known->esc && known->nparams == call->nargs - 1) {
        buf[0] = known;
        *n = 1;
        return;
    }
    for (int i = 0; i < ntaken; i++) {
        IRFunc *f = taken[i];
        if (!same_shape(f, ft))
            continue;
        if (!f->esc || f->nparams != call->nargs - 1) {
            *n = -1;
            return;
        }
        if (*n == cap) {
            cap = cap ? cap * 2 : 16;
            buf = xrealloc(buf, cap * sizeof *buf);
        }
        buf[(*n)++] = f;
    }
    *out = buf;
    if (*n == 0)
        *n = -1;
}

void iface_callees(EscState *st, IRInstr *call, IRFunc ***out, int *n)
{
    static IRFunc **buf;
    static int cap;
    *n = 0;
    Type *it = call->args[0]->type;
    for (int i = 0; i < st->prog->itabs.len; i++) {
        IRItab *t = st->prog->itabs.data[i];
        if (!t->iface || !it || !type_identical(t->iface, it) || call->index >= t->nmethods)
            continue;
        IRFunc *m = t->methods[call->index];
        if (!m || !m->esc) {
            *n = 0;     /* a callee the analysis does not know: treat the call as unknown */
            *out = buf;
            return;
        }
        if (*n == cap) {
            cap = cap ? cap * 2 : 16;
            buf = xrealloc(buf, cap * sizeof *buf);
        }
        buf[(*n)++] = m;
    }
    *out = buf;
}

static void collect_string_methods(EscState *st)
{
    for (int i = 0; i < st->prog->funcs.len; i++) {
        IRFunc *f = st->prog->funcs.data[i];
        const char *dot = strrchr(f->name, '.');
        if (!dot || f->external)
            continue;
        if (strcmp(dot, ".String") && strcmp(dot, ".Error") && strcmp(dot, ".GoString"))
            continue;
        if (!f->obj || !f->obj->recv_type) {
            if (!f->wrapped)
                continue;
        }
        st->string_methods = xrealloc(st->string_methods, (st->nstring_methods + 1) * sizeof(IRFunc *));
        st->string_methods[st->nstring_methods++] = f;
    }
}

void callgraph_build(EscState *st)
{
    IRProgram *p = st->prog;
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = p->funcs.data[i];
        FuncInfo *fi = xcalloc(1, sizeof *fi), *old = f->esc;
        fi->fn = f;
        fi->index = -1;
        if (old) {      /* rebuilt after inlining: what was inlined where stays known */
            fi->inlined = old->inlined;
            fi->ninlined = old->ninlined;
        }
        f->esc = fi;
    }
    collect_string_methods(st);
    collect_taken(p);
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = p->funcs.data[i];
        if (f->external) {
            if (extern_calls_string_methods(f))
                for (int k = 0; k < st->nstring_methods; k++)
                    add_callee(f, st->string_methods[k]);
            continue;
        }
        for (int bi = 0; bi < f->blocks.len; bi++) {
            IRBlock *b = f->blocks.data[bi];
            for (int ii = 0; ii < b->instrs.len; ii++) {
                IRInstr *in = b->instrs.data[ii];
                if (in->op == IR_CALL)
                    add_callee(f, in->func);
                else if (in->op == IR_CALLIND) {
                    IRFunc **cs;
                    int n;
                    callind_callees(st, in, &cs, &n);
                    for (int k = 0; k < n; k++)
                        add_callee(f, cs[k]);
                }
                else if (in->op == IR_ALLOC && (in->alloc_kind == ALLOC_CLOSURE || is_frame_defer_record(in)))
                    add_callee(f, closure_func(in));
                else if (in->op == IR_CALLIFACE) {
                    IRFunc **cs;
                    int n;
                    iface_callees(st, in, &cs, &n);
                    for (int k = 0; k < n; k++)
                        add_callee(f, cs[k]);
                }
            }
        }
    }
}

typedef struct Tarjan {
    EscState *st;
    IRFunc **stack;
    int len, cap;
    int counter;
    void (*visit)(EscState *, IRFunc **, int);
} Tarjan;

static void strongconnect(Tarjan *t, IRFunc *f)
{
    FuncInfo *fi = finfo(f);
    fi->index = fi->lowlink = t->counter++;
    if (t->len == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->stack = xrealloc(t->stack, t->cap * sizeof *t->stack);
    }
    t->stack[t->len++] = f;
    fi->onstack = true;
    for (int i = 0; i < fi->ncallees; i++) {
        FuncInfo *ci = finfo(fi->callees[i]);
        if (ci->index < 0) {
            strongconnect(t, fi->callees[i]);
            if (ci->lowlink < fi->lowlink)
                fi->lowlink = ci->lowlink;
        } else if (ci->onstack && ci->index < fi->lowlink) {
            fi->lowlink = ci->index;
        }
    }
    if (fi->lowlink != fi->index)
        return;
    int start = t->len;
    do {
        start--;
        finfo(t->stack[start])->onstack = false;
    } while (t->stack[start] != f);
    int n = t->len - start;
    IRFunc **batch = xcalloc(n, sizeof *batch);
    for (int i = 0; i < n; i++)
        batch[i] = t->stack[start + i];
    t->len = start;
    t->visit(t->st, batch, n);
}

void callgraph_sccs(EscState *st, void (*visit)(EscState *, IRFunc **, int))
{
    Tarjan t = {.st = st, .visit = visit};
    for (int i = 0; i < st->prog->funcs.len; i++) {
        IRFunc *f = st->prog->funcs.data[i];
        if (finfo(f)->index < 0)
            strongconnect(&t, f);
    }
}
