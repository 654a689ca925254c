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
    char *text;
} Report;

static Report *reports;
static int nreports, capreports;

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
    reports[nreports] = (Report){pos, phase, nreports, text};
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
    case ALLOC_BOX:
        if (!heap && gc_direct_iface(in->elem))
            return NULL;
        break;
    case ALLOC_VARIADIC:
        return xsprintf("... argument %s", verdict);
    case ALLOC_CLOSURE:
        if (in->site && in->site->kind == N_FUNCLIT)
            return xsprintf("func literal %s", verdict);
        break;
    default:
        break;
    }
    return in->site ? xsprintf("%s %s", expr_string(in->site), verdict) : NULL;
}

static const char *result_name(IRFunc *f, int r)
{
    Type *sig = f->sig;
    if (sig && r < sig->nresults && sig->results[r].name && sig->results[r].name[0] &&
        strcmp(sig->results[r].name, "_") != 0)
        return sig->results[r].name;
    return xsprintf("~r%d", r);
}

/* The variable a parameter is stored into at entry (named params), or NULL. */
static IRInstr *param_var(IRFunc *f, IRInstr *param)
{
    IRBlock *entry = f->blocks.data[0];
    for (int i = 0; i < entry->instrs.len; i++) {
        IRInstr *in = entry->instrs.data[i];
        if (in->op == IR_STORE && in->args[1] == param && in->args[0]->op == IR_ALLOC &&
            in->args[0]->alloc_kind == ALLOC_VAR && in->args[0]->var)
            return in->args[0];
    }
    return NULL;
}

static void report_param(IRFunc *f, IRInstr *param)
{
    Summary *s = finfo(f)->sum;
    IRInstr *var = param_var(f, param);
    if (!s || !var || !var->var->name || strcmp(var->var->name, "_") == 0)
        return;
    if (var->decision == DEC_HEAP || !type_has_pointers(param->type))
        return;
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
                                         result_name(f, r), d));
        warned = true;
    }
    if (!warned)
        report_add(var->pos, 2, xsprintf("%s does not escape", name));
}

void report_func(EscState *st, IRFunc *f)
{
    if (!report_wanted(st, f) || f->blocks.len == 0)
        return;
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IRBlock *b = f->blocks.data[bi];
        for (int ii = 0; ii < b->instrs.len; ii++) {
            IRInstr *in = b->instrs.data[ii];
            if (in->op == IR_PARAM && in->index >= 0)
                report_param(f, in);
            if (in->op == IR_CALLRT && in->alloc_kind == ALLOC_APPEND && in->esc && in->site) {
                Loc *arr = object_loc(in);
                report_add(in->pos, 2, xsprintf("append %s", arr && arr->escapes ? "escapes to heap" : "does not escape"));
            }
            if (in->op != IR_ALLOC || in->pos.file == 0)
                continue;
            Loc *obj = object_loc(in);
            bool heap = !obj || obj->escapes || alloc_too_large(in);
            report_add(in->pos, 2, alloc_message(in, heap));
        }
    }
}

static int report_cmp(const void *a, const void *b)
{
    const Report *x = a, *y = b;
    if (x->phase != y->phase)
        return x->phase - y->phase;
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
    for (int i = 0; i < nreports; i++)
        fprintf(stderr, "%s:%d:%d: %s\n", src_file_name(reports[i].pos.file), reports[i].pos.line,
                reports[i].pos.col, reports[i].text);
    free(reports);
    reports = NULL;
    nreports = capreports = 0;
}
