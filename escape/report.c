/* report.c — -m diagnostics in gc's words, for the main package only (as `go build
 * -gcflags=-m` reports on the command-line package). Messages are collected and printed sorted
 * by phase (can inline, inlining calls, escape decisions) and then by position. */
#include "escape_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Report {
    Pos pos;
    int phase;
    int seq;
    int batch;          /* the solve batch it came from (phase 2) */
    bool explain;       /* -m=2 explanation: several lines, each printed with pos */
    int klass;          /* -m=2 verdict order in a batch: 0 parameters, 1 moved to heap, 2 others */
    char *text;
} Report;

static Report *reports;
static int nreports, capreports;
static int cur_batch;
static bool by_batch;
static int cur_klass = 2;

/* At -m=2 the output follows gc's order: the inliner's lines in the order it decided them, then
 * per analysis batch the explanations in the order the walks found them, then the batch's
 * verdicts by position. At -m=1 everything is sorted by position within its phase. */
void report_ordered(bool batch_order)
{
    by_batch = batch_order;
}

void report_next_batch(void)
{
    cur_batch++;
}

void report_explain(Pos pos, char *lines)
{
    report_add(pos, 2, lines);
    if (nreports > 0 && reports[nreports - 1].text == lines)
        reports[nreports - 1].explain = true;
}

void report_add(Pos pos, int phase, char *text)
{
    if (!text)
        return;
    for (int i = 0; i < nreports; i++)   /* one message per place, like gc */
        if (reports[i].phase == phase && reports[i].pos.file == pos.file &&
            reports[i].pos.line == pos.line && reports[i].pos.col == pos.col &&
            strcmp(reports[i].text, text) == 0)
            return;
    if (nreports == capreports) {
        capreports = capreports ? capreports * 2 : 64;
        reports = xrealloc(reports, capreports * sizeof *reports);
    }
    int klass = strncmp(text, "moved to heap:", 14) == 0 ? 1 : cur_klass;
    reports[nreports] = (Report){pos, phase, nreports, cur_batch, false, klass, text};
    nreports++;
}

bool report_wanted(EscState *st, IRFunc *f)
{
    if (!st->opts || st->opts->m_level == 0 || (f->pos.file == 0 && f->blocks.len == 0))
        return false;
    if (!f->pkg || !f->pkg->path || strcmp(f->pkg->path, "main") != 0)
        return false;
    if (f->wrapped)
        return false;
    size_t n = strlen(f->name);
    return !(n > 3 && strcmp(f->name + n - 3, "-fm") == 0) && strncmp(f->name, "golc.", 5) != 0;
}

/* gc stores pointer-shaped values (a pointer, or a struct or 1-element array holding only one)
 * directly in an interface; golc's lowering boxes the struct and array forms. A box that stays
 * on the stack is not worth a message gc would never print. */
static bool gc_direct_iface(Type *t)
{
    if (!t)
        return false;
    if (t->kind == T_NAMED)
        return gc_direct_iface(t->underlying);
    switch (t->kind) {
    case T_POINTER: case T_CHAN: case T_MAP: case T_FUNC: case T_UNSAFEPTR:
        return true;
    case T_ARRAY:
        return t->len == 1 && gc_direct_iface(t->elem);
    case T_STRUCT:
        return t->nfields == 1 && gc_direct_iface(t->fields[0].type);
    default:
        return false;
    }
}

/* make as gc prints it: with the capacity it knows statically (escape/static_value.c) in
 * place of the expression, `make([]byte, size)` as `make([]byte, 128)`. */
static char *make_text(IRInstr *in, const char *verdict)
{
    Node *s = in->site;
    if (!s || s->kind != N_CALL || s->call_kind != CALL_BUILTIN || s->list.len < 2 || s->list.len > 3 ||
        in->nargs != 1 || in->args[0]->op != IR_CONST || !in->args[0]->cv)
        return NULL;
    long long n = (long long)bi_to_int64(in->args[0]->cv->i);
    if (s->list.len == 2)
        return xsprintf("make(%s, %lld) %s", expr_string(s->list.data[0]), n, verdict);
    return xsprintf("make(%s, %s, %lld) %s", expr_string(s->list.data[0]), expr_string(s->list.data[1]), n,
                    verdict);
}

/* gc names a boxed variable that is never reassigned by its constant value:
 * `i := 0; var x any = i` reports `0 does not escape`. */
static char *boxed_const_text(IRInstr *box)
{
    if (!box->site || box->site->kind != N_IDENT || !box->block)
        return NULL;
    IRBlock *b = box->block;
    for (int i = 0; i < b->instrs.len; i++) {
        IRInstr *st = b->instrs.data[i];
        if (st->op != IR_STORE || st->args[0] != box)
            continue;
        IRInstr *c = static_const(b->func, st->args[1]);
        if (c && c->cv->kind == CV_INT)
            return xsprintf("%lld", (long long)bi_to_int64(c->cv->i));
        if (c && c->cv->kind == CV_BOOL)
            return xsprintf("%s", c->cv->b ? "true" : "false");
        return NULL;
    }
    return NULL;
}

static char *alloc_message(IRInstr *in, bool heap)
{
    const char *verdict = heap ? "escapes to heap" : "does not escape";
    switch (in->alloc_kind) {
    case ALLOC_VAR:
        return heap && in->var && in->var->name ? xsprintf("moved to heap: %s", in->var->name) : NULL;
    case ALLOC_TEMP:
        return NULL;
    case ALLOC_STRBUF:
        /* the message buffer of a failing type assertion: gc has no such allocation */
        if (in->site && in->site->kind == N_TYPEASSERT)
            return NULL;
        break;
    case ALLOC_BOX: {
        if (!heap && gc_direct_iface(in->elem))
            return NULL;
        char *c = boxed_const_text(in);
        if (c)
            return xsprintf("%s %s", c, verdict);
        break;
    }
    case ALLOC_VARIADIC:
        return xsprintf("... argument %s", verdict);
    case ALLOC_MAKESLICE: {
        char *t = make_text(in, verdict);
        if (t)
            return t;
        break;
    }
    case ALLOC_CLOSURE:
        if (in->site && in->site->kind == N_FUNCLIT)
            return xsprintf("func literal %s", verdict);
        break;
    default:
        break;
    }
    if (!in->site)
        return NULL;
    /* gc parenthesises a conversion to an unnamed type: ([]byte)(s) */
    Node *s = in->site;
    if (s->kind == N_CALL && s->call_kind == CALL_CONVERSION && s->x && s->x->kind != N_IDENT &&
        s->x->kind != N_SELECTOR && s->x->kind != N_PAREN && s->list.len == 1)
        return xsprintf("(%s)(%s) %s", expr_string(s->x), expr_string(s->list.data[0]), verdict);
    return xsprintf("%s %s", expr_string(s), verdict);
}

const char *report_result_name(IRFunc *f, int r)
{
    Type *sig = f->sig;
    if (sig && r < sig->nresults && sig->results[r].name && sig->results[r].name[0] &&
        strcmp(sig->results[r].name, "_") != 0)
        return sig->results[r].name;
    /* identical signatures share one type, whose names may be another function's: the
     * named results' variables, allocated in order in the entry block, say */
    IRBlock *entry = f->blocks.len ? f->blocks.data[0] : NULL;
    int k = 0;
    for (int i = 0; entry && i < entry->instrs.len; i++) {
        IRInstr *in = entry->instrs.data[i];
        if (in->op != IR_ALLOC || in->alloc_kind != ALLOC_VAR || !in->var || !in->var->is_result ||
            !f->obj || in->var->func != f->obj)     /* not an inlined callee's */
            continue;
        if (k++ == r && in->var->name && in->var->name[0] && strcmp(in->var->name, "_") != 0)
            return in->var->name;
    }
    return xsprintf("~r%d", r);
}

IRInstr *report_param_var(IRInstr *param)
{
    IRBlock *entry = param->block->func->blocks.data[0];
    for (int i = 0; i < entry->instrs.len; i++) {
        IRInstr *in = entry->instrs.data[i];
        if (in->op == IR_STORE && in->args[1] == param && in->args[0]->op == IR_ALLOC &&
            in->args[0]->alloc_kind == ALLOC_VAR && in->args[0]->var)
            return in->args[0];
    }
    return NULL;
}

static void report_param_verdicts(IRFunc *f, IRInstr *param, IRInstr *var, Summary *s);

static void report_param(IRFunc *f, IRInstr *param)
{
    Summary *s = finfo(f)->sum;
    IRInstr *var = report_param_var(param);
    if (!s || !var || !var->var->name || strcmp(var->var->name, "_") == 0)
        return;
    if (var->decision == DEC_HEAP || !type_has_pointers(param->type))
        return;
    cur_klass = 0;
    report_param_verdicts(f, param, var, s);
    cur_klass = 2;
}

static void report_param_verdicts(IRFunc *f, IRInstr *param, IRInstr *var, Summary *s)
{
    const char *name = var->var->name;
    bool warned = false;
    int h = sum_heap(s, param->index);
    if (h != SUM_NONE) {
        report_add(var->pos, 2, h == 0 ? xsprintf("leaking param: %s", name)
                                       : xsprintf("leaking param content: %s", name));
        warned = true;
    }
    for (int r = 0; r < s->nresults; r++) {
        int d = sum_result(s, param->index, r);
        if (d == SUM_NONE)
            continue;
        report_add(var->pos, 2, xsprintf("leaking param: %s to result %s level=%d", name,
                                         report_result_name(f, r), d));
        warned = true;
    }
    if (!warned)
        report_add(var->pos, 2, xsprintf("%s does not escape", name));
}

/* Whether closure value v (a record, or a static literal's FUNCVAL) is only left over from
 * calls that inlining replaced: what remains checks it for nil, fills or reads its fields,
 * converts it, or keeps it in a variable that feeds only those. gc deletes such a closure and
 * prints no verdict for it. */
static bool closure_dead_from(IRFunc *f, IRInstr *v, int depth)
{
    if (depth > 4)
        return false;
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IRBlock *b = f->blocks.data[bi];
        for (int ii = 0; ii < b->instrs.len; ii++) {
            IRInstr *in = b->instrs.data[ii];
            for (int a = 0; a < in->nargs; a++) {
                if (in->args[a] != v)
                    continue;
                if (in->op == IR_NILCHECK || in->op == IR_FIELDADDR)
                    continue;
                if (in->op == IR_CONVERT && closure_dead_from(f, in, depth + 1))
                    continue;
                if (in->op == IR_LOAD && a == 0 && closure_dead_from(f, in, depth + 1))
                    continue;
                if (in->op == IR_STORE && a == 0)
                    continue;   /* assigning the variable v (loads are checked above) */
                if (in->op == IR_STORE && a == 1 && in->args[0]->op == IR_ALLOC &&
                    in->args[0]->alloc_kind == ALLOC_VAR && closure_dead_from(f, in->args[0], depth + 1))
                    continue;
                return false;
            }
        }
    }
    return true;
}

static bool closure_dead(IRFunc *f, IRInstr *v, IRFunc *code)
{
    FuncInfo *fi = finfo(f);
    bool inlined = false;
    for (int i = 0; i < fi->ninlined && !inlined; i++)
        inlined = fi->inlined[i] == code;
    return inlined && closure_dead_from(f, v, 0);
}

/* A func literal that captures nothing is a static func value: nothing is allocated, so
 * it never escapes. gc still prints a verdict for it; golc prints this one, once, where the
 * literal is used (the rare "escapes" of gc's are in BETTER.md). */
static void report_static_literal(IRFunc *f, IRInstr *v)
{
    if (!v || v->op != IR_FUNCVAL || !v->func || !v->func->funclit || !v->func->esc)
        return;
    IRFunc *g = v->func;
    IRBlock *entry = g->blocks.len ? g->blocks.data[0] : NULL;
    for (int i = 0; entry && i < entry->instrs.len; i++) {
        IRInstr *in = entry->instrs.data[i];
        if (in->op == IR_PARAM && in->index < 0)
            return;     /* a record's code word: the record has its own verdict */
    }
    FuncInfo *gi = finfo(g);
    if (gi->literal_reported || closure_dead(f, v, g))
        return;
    gi->literal_reported = true;
    report_add(g->pos, 2, xsprintf("func literal does not escape"));
}

void report_mark_live_closures(EscState *st)
{
    IRProgram *p = st->prog;
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = p->funcs.data[i];
        for (int bi = 0; bi < f->blocks.len; bi++) {
            IRBlock *b = f->blocks.data[bi];
            for (int ii = 0; ii < b->instrs.len; ii++) {
                IRInstr *in = b->instrs.data[ii];
                if (in->op == IR_ALLOC && in->alloc_kind == ALLOC_CLOSURE) {
                    IRFunc *g = closure_func(in);
                    if (g && g->esc && !closure_dead(f, in, g))
                        finfo(g)->closure_live = true;
                    continue;
                }
                /* a static literal's value (not a record's code word, loaded through a pointer) */
                if (in->op == IR_CONVERT && in->type && under(in->type)->kind == T_POINTER)
                    continue;
                for (int a = 0; a < in->nargs; a++) {
                    IRInstr *v = in->args[a];
                    if (v && v->op == IR_FUNCVAL && v->func && v->func->esc && !closure_dead(f, v, v->func))
                        finfo(v->func)->closure_live = true;
                }
            }
        }
    }
}

void report_func(EscState *st, IRFunc *f)
{
    if (!report_wanted(st, f) || f->blocks.len == 0)
        return;
    /* a closure inlined wherever it was used: gc deletes it, and of its own body's decisions
     * still prints those that move something to the heap */
    bool dead = (f->funclit || f->rangefunc_body) && !finfo(f)->closure_live;
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IRBlock *b = f->blocks.data[bi];
        for (int ii = 0; ii < b->instrs.len; ii++) {
            IRInstr *in = b->instrs.data[ii];
            if (in->op == IR_PARAM && in->index >= 0 && !dead)
                report_param(f, in);
            for (int a = 0; a < in->nargs && !dead; a++)
                report_static_literal(f, in->args[a]);
            if (dead && !(in->op == IR_ALLOC && in->pos.file != 0))
                continue;
            if (in->op == IR_CALLRT && in->alloc_kind == ALLOC_APPEND && in->esc && in->site) {
                Loc *arr = object_loc(in);
                report_add(in->pos, 2, xsprintf("append %s", arr && arr->escapes ? "escapes to heap" : "does not escape"));
            }
            if (in->op != IR_ALLOC || in->pos.file == 0)
                continue;
            Loc *obj = object_loc(in);
            bool heap = !obj || obj->escapes || alloc_too_large(in);
            if (in->alloc_kind == ALLOC_CLOSURE && !heap && closure_dead(f, in, closure_func(in)))
                continue;
            if (dead && !heap)
                continue;
            report_add(in->pos, 2, alloc_message(in, heap));
        }
    }
}

static int report_cmp(const void *a, const void *b)
{
    const Report *x = a, *y = b;
    if (x->phase != y->phase)
        return x->phase - y->phase;
    if (by_batch && x->phase < 2)
        return x->seq - y->seq;
    if (by_batch && x->batch != y->batch)
        return x->batch - y->batch;
    if (by_batch && x->explain != y->explain)
        return x->explain ? -1 : 1;
    if (by_batch && x->explain)
        return x->seq - y->seq;
    if (by_batch && x->klass != y->klass)
        return x->klass - y->klass;
    if (x->pos.file != y->pos.file)
        return x->pos.file - y->pos.file;
    if (x->pos.line != y->pos.line)
        return x->pos.line - y->pos.line;
    if (x->pos.col != y->pos.col)
        return x->pos.col - y->pos.col;
    return x->seq - y->seq;
}

void report_flush(void)
{
    qsort(reports, nreports, sizeof *reports, report_cmp);
    for (int i = 0; i < nreports; i++) {
        const char *file = src_file_name(reports[i].pos.file);
        const char *t = reports[i].text;
        while (*t) {                /* explanations: every line carries the position */
            const char *nl = strchr(t, '\n');
            int len = nl ? (int)(nl - t) : (int)strlen(t);
            fprintf(stderr, "%s:%d:%d: %.*s\n", file, reports[i].pos.line, reports[i].pos.col, len, t);
            t += len + (nl ? 1 : 0);
        }
    }
    free(reports);
    reports = NULL;
    nreports = capreports = 0;
}
