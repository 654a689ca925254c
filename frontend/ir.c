/* ir.c — construction helpers, the textual form (`golc build -emit=ir`) and the verifier of
 * the IR defined in ir.h.
 *
 * Text form, one line per instruction, so that dumps can be read and diffed:
 *
 *   func main.f(int, string) int
 *   b0 entry:
 *     v0 = param 0 int
 *     v1 = alloc VAR x int [stack] @a.go:4:2
 *     store v1, v0
 *     v2 = load int v1
 *     ret v2
 *
 * Free values (constants, global addresses, function references, descriptors, itabs) are
 * not instructions of any block, so they are printed inline where they are used:
 * `5`, `"abc"`, `zero(main.T)`, `@main.counter`, `&main.f`, `typedesc(int)`,
 * `itab(main.T, error)`. */
#include "ir.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- construction ------------------------------------------------------------------------ */

IRFunc *ir_func_new(IRProgram *p, const char *name) {
    IRFunc *f = xcalloc(1, sizeof *f);
    f->name = xstrdup(name);
    if (p) vec_push(&p->funcs, f);
    return f;
}

IRBlock *ir_block_new(IRFunc *f, const char *name) {
    IRBlock *b = xcalloc(1, sizeof *b);
    b->id = f->blocks.len;
    b->name = name ? name : "";
    b->func = f;
    vec_push(&f->blocks, b);
    return b;
}

IRInstr *ir_instr_new(IROp op, Type *type, Pos pos) {
    IRInstr *in = xcalloc(1, sizeof *in);
    in->op = op;
    in->type = type;
    in->pos = pos;
    in->id = -1;
    return in;
}

IRInstr *ir_append(IRBlock *b, IRInstr *in) {
    in->block = b;
    in->id = b->func->nvalues++;
    vec_push(&b->instrs, in);
    return in;
}

void ir_set_args(IRInstr *in, int n, ...) {
    va_list ap;
    va_start(ap, n);
    in->args = n ? xcalloc(n, sizeof(IRInstr *)) : NULL;
    in->nargs = n;
    for (int i = 0; i < n; i++) in->args[i] = va_arg(ap, IRInstr *);
    va_end(ap);
}

bool ir_is_terminator(IROp op) {
    return op == IR_JUMP || op == IR_BRANCH || op == IR_RET || op == IR_UNREACHABLE;
}

static const char *const op_names[IR_OP_COUNT] = {
    [IR_CONST] = "const", [IR_GLOBALADDR] = "globaladdr", [IR_FUNCVAL] = "funcval",
    [IR_TYPEDESC] = "typedesc", [IR_ITAB] = "itab", [IR_PARAM] = "param",
    [IR_ALLOC] = "alloc", [IR_LOAD] = "load", [IR_STORE] = "store", [IR_ZERO] = "zero",
    [IR_MEMMOVE] = "memmove", [IR_FIELDADDR] = "fieldaddr", [IR_INDEXADDR] = "indexaddr",
    [IR_MAKE] = "make", [IR_EXTRACT] = "extract", [IR_BINOP] = "binop", [IR_UNOP] = "unop",
    [IR_CMP] = "cmp", [IR_CONVERT] = "convert", [IR_STRCMP] = "strcmp",
    [IR_BOUNDSCHECK] = "boundscheck", [IR_SLICECHECK] = "slicecheck",
    [IR_NILCHECK] = "nilcheck", [IR_CALL] = "call", [IR_CALLIND] = "callind",
    [IR_CALLIFACE] = "calliface", [IR_CALLRT] = "callrt", [IR_JUMP] = "jump",
    [IR_BRANCH] = "branch", [IR_RET] = "ret", [IR_UNREACHABLE] = "unreachable",
};

const char *ir_op_name(IROp op) {
    return (op >= 0 && op < IR_OP_COUNT && op_names[op]) ? op_names[op] : "?op";
}

const char *alloc_kind_name(AllocKind k) {
    switch (k) {
    case ALLOC_VAR: return "VAR";
    case ALLOC_TEMP: return "TEMP";
    case ALLOC_NEW: return "NEW";
    case ALLOC_COMPOSITE: return "COMPOSITE";
    case ALLOC_SLICELIT: return "SLICELIT";
    case ALLOC_MAKESLICE: return "MAKESLICE";
    case ALLOC_MAKEMAP: return "MAKEMAP";
    case ALLOC_MAKECHAN: return "MAKECHAN";
    case ALLOC_CLOSURE: return "CLOSURE";
    case ALLOC_BOX: return "BOX";
    case ALLOC_STRBUF: return "STRBUF";
    case ALLOC_APPEND: return "APPEND";
    case ALLOC_VARIADIC: return "VARIADIC";
    case ALLOC_DEFER: return "DEFER";
    }
    return "?";
}

/* ---- printing ---------------------------------------------------------------------------- */

static const char *tname(Type *t) { return t ? type_string(t) : "void"; }

static void print_quoted(StrBuf *out, const char *s, size_t n) {
    sb_putc(out, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') { sb_putc(out, '\\'); sb_putc(out, (char)c); }
        else if (c == '\n') sb_puts(out, "\\n");
        else if (c == '\t') sb_puts(out, "\\t");
        else if (c < 0x20 || c == 0x7f) sb_printf(out, "\\x%02x", c);
        else sb_putc(out, (char)c);
    }
    sb_putc(out, '"');
}

static void print_const(StrBuf *out, IRInstr *in) {
    ConstVal *c = in->cv;
    if (!c) { sb_printf(out, "zero(%s)", tname(in->type)); return; }
    switch (c->kind) {
    case CV_BOOL: sb_puts(out, c->b ? "true" : "false"); break;
    case CV_STRING: print_quoted(out, c->s, c->slen); break;
    case CV_INT:
        if (in->type && type_is_unsigned(in->type)) sb_printf(out, "%llu", (unsigned long long)cv_int64(c));
        else sb_printf(out, "%lld", (long long)cv_int64(c));
        break;
    case CV_FLOAT: sb_printf(out, "%g", cv_float64(c)); break;
    case CV_COMPLEX: sb_puts(out, "complex"); break;
    }
}

/* An operand: a block value by number, a free value inline. */
static void print_operand(StrBuf *out, IRInstr *in) {
    if (!in) { sb_puts(out, "<null>"); return; }
    if (in->block) { sb_printf(out, "v%d", in->id); return; }
    switch (in->op) {
    case IR_CONST: print_const(out, in); break;
    case IR_GLOBALADDR: sb_printf(out, "@%s", in->global ? in->global->name : "?"); break;
    case IR_FUNCVAL: sb_printf(out, "&%s", in->func ? in->func->name : "?"); break;
    case IR_TYPEDESC: sb_printf(out, "typedesc(%s)", tname(in->ref_type)); break;
    case IR_ITAB:
        sb_printf(out, "itab(%s, %s)", in->itab ? tname(in->itab->concrete) : "?",
                  in->itab ? tname(in->itab->iface) : "?");
        break;
    default: sb_printf(out, "<free %s>", ir_op_name(in->op)); break;
    }
}

static void print_args(StrBuf *out, IRInstr *in, int from) {
    for (int i = from; i < in->nargs; i++) {
        sb_puts(out, i > from ? ", " : " ");
        print_operand(out, in->args[i]);
    }
}

/* (a, b, c) */
static void print_call_args(StrBuf *out, IRInstr *in, int from) {
    sb_putc(out, '(');
    for (int i = from; i < in->nargs; i++) {
        if (i > from) sb_puts(out, ", ");
        print_operand(out, in->args[i]);
    }
    sb_putc(out, ')');
}

static void print_pos(StrBuf *out, Pos p) {
    if (p.file <= 0) return;
    const char *name = src_file_name(p.file);
    const char *base = name ? strrchr(name, '/') : NULL;
    sb_printf(out, " @%s:%d:%d", base ? base + 1 : (name ? name : "?"), p.line, p.col);
}

static const char *decision_name(AllocDecision d) {
    return d == DEC_STACK ? "stack" : d == DEC_HEAP ? "heap" : "undecided";
}

static void print_block_ref(StrBuf *out, IRBlock *b) {
    if (b) sb_printf(out, "b%d", b->id);
    else sb_puts(out, "<null>");
}

static void print_instr(StrBuf *out, IRInstr *in) {
    sb_puts(out, "  ");
    if (in->type) sb_printf(out, "v%d = ", in->id);
    sb_puts(out, ir_op_name(in->op));
    switch (in->op) {
    case IR_PARAM: sb_printf(out, " %d %s", in->index, tname(in->type)); break;
    case IR_ALLOC:
        sb_printf(out, " %s", alloc_kind_name(in->alloc_kind));
        if (in->alloc_kind == ALLOC_VAR) sb_printf(out, " %s", in->var ? in->var->name : "?");
        sb_printf(out, " %s", tname(in->elem));
        if (in->nargs > 0) { sb_puts(out, " count"); print_args(out, in, 0); }
        sb_printf(out, " [%s]", decision_name(in->decision));
        if (in->loop_depth) sb_printf(out, " loop=%d", in->loop_depth);
        print_pos(out, in->pos);
        return;
    case IR_STORE: case IR_MEMMOVE: case IR_BOUNDSCHECK: case IR_NILCHECK: case IR_ZERO:
        if (in->op == IR_ZERO) sb_printf(out, " %s", tname(in->elem));
        print_args(out, in, 0);
        if (in->op == IR_BOUNDSCHECK || in->op == IR_NILCHECK) print_pos(out, in->pos);
        return;
    case IR_SLICECHECK:
        sb_printf(out, " kind=%d", in->index);
        print_args(out, in, 0);
        print_pos(out, in->pos);
        return;
    case IR_FIELDADDR: case IR_EXTRACT:
        sb_printf(out, " %s", tname(in->type));
        print_args(out, in, 0);
        sb_printf(out, ", #%d", in->index);
        return;
    case IR_BINOP: case IR_UNOP: case IR_CMP:
        sb_printf(out, " %s %s", tok_string(in->op2), tname(in->type));
        print_args(out, in, 0);
        return;
    case IR_CALL:
        sb_printf(out, " %s %s", tname(in->type), in->func ? in->func->name : "?");
        print_call_args(out, in, 0);
        print_pos(out, in->pos);
        return;
    case IR_CALLRT:
        sb_printf(out, " %s %s", tname(in->type), in->rt_name ? in->rt_name : "?");
        print_call_args(out, in, 0);
        if (in->alloc_kind == ALLOC_APPEND && in->site) sb_puts(out, " [APPEND site]");
        print_pos(out, in->pos);
        return;
    case IR_CALLIFACE:
        sb_printf(out, " %s method#%d", tname(in->type), in->index);
        print_call_args(out, in, 0);
        print_pos(out, in->pos);
        return;
    case IR_JUMP: sb_putc(out, ' '); print_block_ref(out, in->succ[0]); return;
    case IR_BRANCH:
        print_args(out, in, 0);
        sb_puts(out, ", ");
        print_block_ref(out, in->succ[0]);
        sb_puts(out, ", ");
        print_block_ref(out, in->succ[1]);
        return;
    case IR_RET: case IR_UNREACHABLE:
        print_args(out, in, 0);
        return;
    case IR_CALLIND:
        sb_printf(out, " %s ", tname(in->type));
        print_operand(out, in->nargs ? in->args[0] : NULL);
        print_call_args(out, in, 1);
        print_pos(out, in->pos);
        return;
    default:
        if (in->type) sb_printf(out, " %s", tname(in->type));
        if (in->op == IR_INDEXADDR) sb_printf(out, " elem=%s", tname(in->elem));
        if (in->nargs == 0 && !in->block) { sb_putc(out, ' '); print_operand(out, in); }
        print_args(out, in, 0);
        return;
    }
    print_args(out, in, 0);
}

static void print_signature(StrBuf *out, IRFunc *f) {
    sb_printf(out, "func %s(", f->name);
    for (int i = 0; i < f->nparams; i++) sb_printf(out, "%s%s", i ? ", " : "", tname(f->param_types[i]));
    sb_putc(out, ')');
    if (f->nresults == 1) sb_printf(out, " %s", tname(f->result_types[0]));
    else if (f->nresults > 1) {
        sb_puts(out, " (");
        for (int i = 0; i < f->nresults; i++) sb_printf(out, "%s%s", i ? ", " : "", tname(f->result_types[i]));
        sb_putc(out, ')');
    }
}

void ir_print_func(IRFunc *f, StrBuf *out) {
    print_signature(out, f);
    if (f->external) { sb_printf(out, " external %s\n", f->c_name ? f->c_name : "?"); return; }
    sb_putc(out, '\n');
    for (int i = 0; i < f->blocks.len; i++) {
        IRBlock *b = VEC_AT(f->blocks, i);
        sb_printf(out, "b%d %s:\n", b->id, b->name);
        for (int j = 0; j < b->instrs.len; j++) {
            print_instr(out, VEC_AT(b->instrs, j));
            sb_putc(out, '\n');
        }
    }
}

void ir_print(IRProgram *p, StrBuf *out) {
    for (int i = 0; i < p->globals.len; i++) {
        IRGlobal *g = VEC_AT(p->globals, i);
        sb_printf(out, "global %s %s\n", g->name, tname(g->type));
    }
    for (int i = 0; i < p->itabs.len; i++) {
        IRItab *t = VEC_AT(p->itabs, i);
        sb_printf(out, "itab(%s, %s) {", tname(t->concrete), tname(t->iface));
        for (int j = 0; j < t->nmethods; j++)
            sb_printf(out, "%s%s", j ? ", " : " ", t->methods[j] ? t->methods[j]->name : "?");
        sb_puts(out, " }\n");
    }
    if (p->globals.len || p->itabs.len) sb_putc(out, '\n');
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = VEC_AT(p->funcs, i);
        if (f->external) continue; /* printed compactly below: they have no body */
        ir_print_func(f, out);
        sb_putc(out, '\n');
    }
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = VEC_AT(p->funcs, i);
        if (f->external) ir_print_func(f, out);
    }
}

/* ---- verification ------------------------------------------------------------------------ */

typedef struct Checker {
    StrBuf *err;
    int problems;
    IRFunc *f;
} Checker;

static void problem(Checker *c, IRBlock *b, IRInstr *in, const char *fmt, ...) {
    c->problems++;
    if (!c->err) return;
    va_list ap;
    va_start(ap, fmt);
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    sb_printf(c->err, "%s: b%d", c->f->name, b ? b->id : -1);
    if (in) sb_printf(c->err, " (%s v%d)", ir_op_name(in->op), in->id);
    sb_printf(c->err, ": %s\n", buf);
}

static bool is_free_op(IROp op) {
    return op == IR_CONST || op == IR_GLOBALADDR || op == IR_FUNCVAL || op == IR_TYPEDESC || op == IR_ITAB;
}

/* Minimum operand count per op (-1: not checked). */
static int min_args(IROp op) {
    switch (op) {
    case IR_LOAD: case IR_ZERO: case IR_FIELDADDR: case IR_EXTRACT: case IR_UNOP:
    case IR_CONVERT: case IR_NILCHECK: case IR_BRANCH: case IR_CALLIND: case IR_CALLIFACE:
        return 1;
    case IR_STORE: case IR_INDEXADDR: case IR_BINOP: case IR_CMP: case IR_STRCMP:
    case IR_BOUNDSCHECK:
        return 2;
    case IR_MEMMOVE: case IR_SLICECHECK:
        return 3;
    default:
        return 0;
    }
}

int ir_check_func(IRFunc *f, StrBuf *err) {
    Checker c = { err, 0, f };
    if (f->external) {
        if (f->blocks.len) problem(&c, NULL, NULL, "external function has blocks");
        return c.problems;
    }
    if (f->blocks.len == 0) { problem(&c, NULL, NULL, "function has no blocks"); return c.problems; }
    for (int i = 0; i < f->blocks.len; i++) {
        IRBlock *b = VEC_AT(f->blocks, i);
        if (b->func != f) problem(&c, b, NULL, "block belongs to another function");
        if (b->instrs.len == 0) { problem(&c, b, NULL, "empty block"); continue; }
        for (int j = 0; j < b->instrs.len; j++) {
            IRInstr *in = VEC_AT(b->instrs, j);
            bool last = j == b->instrs.len - 1;
            if (in->block != b) problem(&c, b, in, "instruction's block field is wrong");
            if (is_free_op(in->op)) problem(&c, b, in, "free value inside a block");
            if (ir_is_terminator(in->op) != last)
                problem(&c, b, in, last ? "block does not end in a terminator" : "terminator in the middle of a block");
            if (in->op == IR_PARAM && i != 0) problem(&c, b, in, "param outside the entry block");
            if (in->nargs < min_args(in->op)) problem(&c, b, in, "too few operands");
            for (int k = 0; k < in->nargs; k++) {
                IRInstr *a = in->args[k];
                if (!a) { problem(&c, b, in, "operand %d is null", k); continue; }
                if (a->block) {
                    if (a->block->func != f) problem(&c, b, in, "operand %d from another function", k);
                    else if (!a->type) problem(&c, b, in, "operand %d (v%d) has no value", k, a->id);
                    else if (a->block == b) {
                        /* same block: the definition must come first */
                        bool before = false;
                        for (int m = 0; m < j; m++)
                            if (VEC_AT(b->instrs, m) == a) { before = true; break; }
                        if (!before) problem(&c, b, in, "operand %d (v%d) used before its definition", k, a->id);
                    }
                } else if (!is_free_op(a->op)) {
                    problem(&c, b, in, "operand %d is neither in a block nor a free value", k);
                }
            }
            if (in->op == IR_JUMP || in->op == IR_BRANCH) {
                int n = in->op == IR_JUMP ? 1 : 2;
                for (int k = 0; k < n; k++) {
                    if (!in->succ[k]) problem(&c, b, in, "missing successor %d", k);
                    else if (in->succ[k]->func != f) problem(&c, b, in, "successor in another function");
                }
            }
            if (in->op == IR_ALLOC && !in->elem) problem(&c, b, in, "alloc without element type");
            if (in->op == IR_ALLOC && in->alloc_kind == ALLOC_VAR && !in->var)
                problem(&c, b, in, "variable alloc without its variable");
            if (in->op == IR_CALL && !in->func) problem(&c, b, in, "call without callee");
            if (in->op == IR_CALLRT && !in->rt_name) problem(&c, b, in, "runtime call without a name");
            if (in->op == IR_RET && in->nargs != f->nresults)
                problem(&c, b, in, "returns %d values, function has %d results", in->nargs, f->nresults);
        }
    }
    return c.problems;
}

int ir_check(IRProgram *p, StrBuf *err) {
    int n = 0;
    for (int i = 0; i < p->funcs.len; i++) n += ir_check_func(VEC_AT(p->funcs, i), err);
    return n;
}

void ir_verify(IRProgram *p) {
    StrBuf err = {0};
    if (ir_check(p, &err) > 0) {
        fprintf(stderr, "golc: internal error: malformed IR:\n%s", err.data);
        abort();
    }
    free(err.data);
}
