/* callgraph.c — who may call whom, and the strongly connected components in bottom-up order
 * (Tarjan), so that every callee outside a batch has its summary before the batch is solved.
 *
 * Edges: static calls; interface calls to every method an itab of that interface lists (the
 * whole program is known: class-hierarchy analysis); a closure record to its function (its
 * summary is applied where the record is built); fmt's formatting externals to every
 * String/Error/GoString method (the C engine calls them). */
#include "escape_internal.h"

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
        FuncInfo *fi = xcalloc(1, sizeof *fi);
        fi->fn = f;
        fi->index = -1;
        f->esc = fi;
    }
    collect_string_methods(st);
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
                else if (in->op == IR_ALLOC && in->alloc_kind == ALLOC_CLOSURE)
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
