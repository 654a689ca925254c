/* explain.c — -m=2 flow explanations in gc's words ("x escapes to heap in main:", "flow: p ← &x:",
 * "from p := &x (assign) at ./x.go:13:4").
 *
 * Every edge of the location graph carries the IR instruction that made it (Edge.note, set by
 * build.c through loc_note), and every walk leaves in each location the edge it was reached
 * through (Loc.pred / pred_edge, solve.c). When an object newly escapes, or a parameter leaks,
 * the chain of pred edges from it to the walk's root is the reason. golc's graph has a location
 * per IR value, so the chain is compressed to gc's named locations: variables (their memory),
 * other allocations ("{storage for &T{...}}"), parameters, results and the heap; the IR values
 * between two of them form one "flow" whose derefs are counted as the walk counts them. Each
 * instruction of a flow becomes a "from" note when gc has a word for it; the AST text of the
 * note is found by position in the main package's syntax trees (ast index below, sorted by
 * position), built only when -m=2 asks. */
#include "escape_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- AST index: every node of the main package with its innermost enclosing statement ---- */

typedef struct AstEntry {
    Node *node;
    Node *stmt;
    Node *decl;         /* the top-level function declaration it is in */
} AstEntry;

static AstEntry *ast;
static int nast, capast;
static Package *ast_pkg;

static bool is_stmt(Node *n)
{
    return n->kind >= N_BLOCK && n->kind <= N_EMPTY;
}

static Node *cur_decl;

static void ast_add(Node *n, Node *stmt)
{
    if (nast == capast) {
        capast = capast ? capast * 2 : 1024;
        ast = xrealloc(ast, capast * sizeof *ast);
    }
    ast[nast++] = (AstEntry){n, stmt, cur_decl};
}

static void ast_walk(Node *n, Node *stmt, int depth)
{
    if (!n || depth > 200)
        return;
    if (is_stmt(n) && n->kind != N_BLOCK)
        stmt = n;
    ast_add(n, stmt);
    Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els,
                    n->tag, n->assign, n->key, n->value};
    for (size_t i = 0; i < sizeof kids / sizeof *kids; i++)
        ast_walk(kids[i], stmt, depth + 1);
    Vec *lists[] = {&n->list, &n->list2, &n->names};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->len; i++)
            ast_walk(lists[k]->data[i], stmt, depth + 1);
}

static bool pos_less(Pos a, Pos b)
{
    if (a.file != b.file)
        return a.file < b.file;
    if (a.line != b.line)
        return a.line < b.line;
    return a.col < b.col;
}

/* By position; nodes at one position keep the walk's order (outermost first): merge sort is
 * stable. */
static void ast_sort(AstEntry *a, AstEntry *tmp, int n)
{
    if (n < 2)
        return;
    int h = n / 2;
    ast_sort(a, tmp, h);
    ast_sort(a + h, tmp, n - h);
    int i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = pos_less(a[j].node->pos, a[i].node->pos) ? a[j++] : a[i++];
    while (i < h)
        tmp[k++] = a[i++];
    while (j < n)
        tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof *a);
}

/* A new compilation: the index is rebuilt on first use. */
void explain_reset(void)
{
    ast_pkg = NULL;
    nast = 0;
}

static void ast_build(Package *pkg)
{
    if (ast_pkg == pkg)
        return;
    nast = 0;
    ast_pkg = pkg;
    for (int i = 0; pkg && i < pkg->files.len; i++) {
        Node *file = pkg->files.data[i];
        for (int d = 0; d < file->list2.len; d++) {
            Node *decl = file->list2.data[d];
            cur_decl = decl->kind == N_FUNCDECL ? decl : NULL;
            if (decl->kind == N_FUNCDECL) {
                ast_walk(decl->recv, NULL, 0);  /* parameters: inlined bindings are there */
                ast_walk(decl->x, NULL, 0);
                ast_walk(decl->body, NULL, 0);
            }
            else
                ast_walk(decl, NULL, 0);
            cur_decl = NULL;
        }
    }
    AstEntry *tmp = xcalloc(nast + 1, sizeof *tmp);
    ast_sort(ast, tmp, nast);
    free(tmp);
}

static bool same_pos(Pos a, Pos b)
{
    return a.file == b.file && a.line == b.line && a.col == b.col;
}

/* The (outermost) node of `kind` at pos (kind N_BAD: any), else NULL. */
static AstEntry *ast_at(Pos pos, NodeKind kind)
{
    int lo = 0, hi = nast;                  /* first entry not before pos */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (pos_less(ast[mid].node->pos, pos))
            lo = mid + 1;
        else
            hi = mid;
    }
    for (int i = lo; i < nast && same_pos(ast[i].node->pos, pos); i++)
        if (kind == N_BAD || ast[i].node->kind == kind)
            return &ast[i];
    return NULL;
}

/* The innermost statement that has a node at pos. */
static Node *stmt_at(Pos pos)
{
    AstEntry *e = ast_at(pos, N_BAD);
    return e ? e->stmt : NULL;
}

/* Inlined code keeps the callee's positions; gc reports it at the call. The call's position is
 * on the callee's cloned parameter variables (inline_clone.c): look back from `in` for one. */
static Pos inlined_pos(IRInstr *in, Pos pos)
{
    IRFunc *f = in->block ? in->block->func : NULL;
    AstEntry *e = ast_at(pos, N_BAD);
    if (!f || !f->obj || !e || !e->decl || e->decl == f->obj->decl || !e->decl->obj)
        return pos;
    Obj *callee = e->decl->obj;
    int bi = 0;
    while (bi < f->blocks.len && f->blocks.data[bi] != in->block)
        bi++;
    for (; bi >= 0; bi--) {
        IRBlock *b = f->blocks.data[bi];
        for (int i = b->instrs.len - 1; i >= 0; i--) {
            IRInstr *x = b->instrs.data[i];
            if (x->op == IR_ALLOC && x->alloc_kind == ALLOC_VAR && x->var && x->var->func == callee)
                return x->pos;
        }
    }
    /* no parameter: the only call of the callee in f, if it is the only one */
    Pos found = pos;
    int n = 0;
    for (int i = 0; i < nast; i++) {
        Node *c = ast[i].node;
        if (ast[i].decl == f->obj->decl && c->kind == N_CALL && c->x &&
            ((c->x->kind == N_IDENT && c->x->obj == callee) ||
             (c->x->kind == N_SELECTOR && c->x->obj == callee))) {
            found = c->pos;
            n++;
        }
    }
    return n == 1 ? found : pos;
}

/* `&v` of variable v: the one closest before `near` (the instruction using the address). */
static Node *addr_of_var(Obj *v, Pos near)
{
    Node *best = NULL;
    for (int i = 0; i < nast; i++) {
        Node *n = ast[i].node;
        if (n->kind != N_UNARY || n->op != TK_AND || !n->x || n->x->kind != N_IDENT || n->x->obj != v)
            continue;
        if (n->pos.file != near.file)
            continue;
        bool before = n->pos.line < near.line || (n->pos.line == near.line && n->pos.col <= near.col + 8);
        if (!best || (before && (n->pos.line > best->pos.line ||
                                 (n->pos.line == best->pos.line && n->pos.col > best->pos.col))))
            best = before || !best ? n : best;
    }
    return best;
}

/* An inlined call's value is its result variable in gc's notes ("y := ~r0"). */
static Node *subst_call;
static const char *subst_name;

/* `v.m(...)` called at pos (the call's '('): the selector, whose receiver v is addressed. */
static Node *method_receiver(Obj *v, Pos call_pos)
{
    AstEntry *c = ast_at(call_pos, N_CALL);
    Node *x = c ? c->node->x : NULL;
    if (x && x->kind == N_SELECTOR && x->x && x->x->kind == N_IDENT && x->x->obj == v)
        return x;
    return NULL;
}

static void list_string(StrBuf *b, Vec *v)
{
    for (int i = 0; i < v->len; i++) {
        if (i)
            sb_puts(b, ", ");
        Node *x = v->data[i];
        sb_puts(b, subst_call && x == subst_call ? subst_name : expr_string(x));
    }
}

/* A statement as gc prints it in a note ("p := &x", "g = p", "return p", "c <- &v"). */
static char *stmt_string(Node *s)
{
    StrBuf b = {0};
    switch (s->kind) {
    case N_ASSIGN:
        list_string(&b, &s->list);
        sb_printf(&b, " %s ", tok_string(s->op));
        list_string(&b, &s->list2);
        break;
    case N_RETURN:
        sb_puts(&b, "return");
        if (s->list.len)
            sb_putc(&b, ' ');
        list_string(&b, &s->list);
        break;
    case N_SENDSTMT:
        sb_printf(&b, "%s <- %s", expr_string(s->x), expr_string(s->y));
        break;
    case N_EXPRSTMT:
        sb_puts(&b, expr_string(s->x));
        break;
    default:
        free(b.data);
        return NULL;
    }
    return b.data;
}

/* ---- names of locations ---- */

/* Allocations gc has no location for: lowering's temporaries, go/defer argument records. */
static bool hidden_alloc(IRInstr *in)
{
    return in->alloc_kind == ALLOC_TEMP || in->alloc_kind == ALLOC_DEFER;
}

/* Is l one of gc's named locations (printed in "flow:" lines), or a value in between? */
static bool named(Loc *l)
{
    switch (l->kind) {
    case LOC_HEAP:
    case LOC_RESULT:
        return true;
    case LOC_OBJECT:
        if (l->instr && l->instr->op == IR_CALLRT)
            return true;        /* append's new backing array */
        return l->instr && l->instr->op == IR_ALLOC && !hidden_alloc(l->instr);
    case LOC_VALUE:
        return l->instr && l->instr->op == IR_PARAM && l->instr->index >= 0 && report_param_var(l->instr);
    }
    return false;
}

static const char *loc_name(Loc *l)
{
    switch (l->kind) {
    case LOC_HEAP:
        return "{heap}";
    case LOC_RESULT:
        return report_result_name(l->fn, l->result_index);
    case LOC_VALUE:
        if (l->instr && l->instr->op == IR_PARAM) {
            IRInstr *v = report_param_var(l->instr);
            if (v && v->var->name)
                return v->var->name;
        }
        return "{temp}";
    case LOC_OBJECT:
        break;
    }
    IRInstr *in = l->instr;
    if (in && in->op == IR_ALLOC && in->alloc_kind == ALLOC_VAR && in->var && in->var->name)
        return in->var->name;
    if (in && in->op == IR_ALLOC && in->alloc_kind == ALLOC_VARIADIC)
        return "{storage for ... argument}";
    if (in && in->site)
        return xsprintf("{storage for %s}", expr_string(in->site));
    return "{temp}";
}

/* ---- notes ---- */

static IRInstr *note_instr;     /* the instruction whose notes are being written */

static void note(StrBuf *b, const char *where, const char *why, Pos pos)
{
    if (!where)
        return;
    if (note_instr)
        pos = inlined_pos(note_instr, pos);
    sb_printf(b, "    from %s (%s) at %s:%d:%d\n", where, why, src_file_name(pos.file), pos.line,
              pos.col);
}

static bool is_call_op(IROp op)
{
    return op == IR_CALL || op == IR_CALLIND || op == IR_CALLIFACE;
}

/* The first expression node at pos (the outermost: `&e` rather than `e`). */
static Node *expr_at(Pos pos)
{
    for (int i = 0; i < nast; i++) {
        Node *n = ast[i].node;
        if (same_pos(n->pos, pos) && n->kind < N_ARRAYTYPE && n->kind != N_KEYVALUE)
            return n;
    }
    return NULL;
}

/* The store target's ALLOC when it is statically known (same walk as build.c's). */
static IRInstr *store_alloc(IRInstr *addr)
{
    for (int guard = 0; addr && guard < 64; guard++) {
        if (addr->op == IR_ALLOC)
            return addr;
        if (addr->op != IR_FIELDADDR && addr->op != IR_INDEXADDR && addr->op != IR_CONVERT)
            return NULL;
        addr = addr->args[0];
    }
    return NULL;
}

static bool is_append_call(Node *n)
{
    return n && n->kind == N_CALL && n->call_kind == CALL_BUILTIN && n->x && n->x->kind == N_IDENT &&
           n->x->name && strcmp(n->x->name, "append") == 0;
}

/* The first use of v inside a func literal at or after `from` (gc's closure capture position). */
static Node *first_use_after(Obj *v, Pos from)
{
    for (int i = 0; i < nast; i++) {
        Node *n = ast[i].node;
        if (n->kind == N_IDENT && n->obj == v && n->pos.file == from.file &&
            (n->pos.line > from.line || (n->pos.line == from.line && n->pos.col > from.col)))
            return n;
    }
    return NULL;
}

/* gc's note for a value stored into the memory of an allocation that is not a variable. */
static void store_into_object(StrBuf *b, IRInstr *in, IRInstr *obj, int derefs)
{
    Node *site = obj->site;
    switch (obj->alloc_kind) {
    case ALLOC_BOX:
        if (site)
            note(b, expr_string(site), "interface-converted", obj->pos);
        break;
    case ALLOC_SLICELIT:
        if (site)
            note(b, expr_string(site), "slice-literal-element", obj->pos);
        break;
    case ALLOC_VARIADIC:
        note(b, "... argument", "slice-literal-element", obj->pos);
        break;
    case ALLOC_COMPOSITE:
        if (site && site->kind == N_UNARY && site->x && site->x->kind == N_COMPOSITE)
            note(b, expr_string(site->x), "struct literal element", site->x->pos);
        break;
    case ALLOC_CLOSURE: {
        IRInstr *v = in->args[1];
        if (v->op != IR_ALLOC || v->alloc_kind != ALLOC_VAR || !v->var)
            break;
        Node *use = first_use_after(v->var, obj->pos);
        if (!use)
            break;
        note(b, v->var->name, "captured by a closure", use->pos);
        if (derefs < 0)
            note(b, v->var->name, "reference", use->pos);
        break;
    }
    default:
        break;
    }
}

/* An inlined call binds its arguments to the callee's parameters: gc's "p := &x (assign-pair)"
 * at the call. */
static bool inlined_param(StrBuf *b, IRInstr *store, IRInstr *var)
{
    IRFunc *f = store->block ? store->block->func : NULL;
    Obj *v = var->var;
    if (!f || !f->obj || !v || !v->is_param || !v->func || v->func == f->obj || !v->func->decl)
        return false;           /* not an inlined binding */
    Node *d = v->func->decl;
    AstEntry *e = ast_at(var->pos, N_CALL);
    Node *call = e ? e->node : NULL;
    if (!call)
        return true;
    /* gc binds all of them in one statement: "p, i := p, &i"; the receiver comes first */
    Vec names = {0}, args = {0};
    Node *mine = NULL;
    bool simple = !call->has_dots;
    if (d->recv) {
        for (int k = 0; k < d->recv->names.len; k++)
            vec_push(&names, d->recv->names.data[k]);
        if (call->x && call->x->kind == N_SELECTOR)
            vec_push(&args, call->x->x);
    }
    for (int i = 0; d->x && i < d->x->list.len; i++) {
        Node *field = d->x->list.data[i];
        if (field->names.len == 0 || (field->x && field->x->kind == N_ELLIPSIS))
            simple = false;
        for (int k = 0; k < field->names.len; k++)
            vec_push(&names, field->names.data[k]);
    }
    for (int i = 0; i < call->list.len; i++)
        vec_push(&args, call->list.data[i]);
    for (int i = 0; i < names.len; i++) {
        Node *n = names.data[i];
        if (n->obj == v && i < args.len)
            mine = args.data[i];
        if (!n->name || strcmp(n->name, "_") == 0)
            simple = false;
    }
    note_instr = NULL;          /* already the call's position */
    if (simple && names.len == args.len && names.len > 0) {
        StrBuf t = {0};
        for (int i = 0; i < names.len; i++)
            sb_printf(&t, "%s%s", i ? ", " : "", ((Node *)names.data[i])->name);
        sb_puts(&t, " := ");
        for (int i = 0; i < args.len; i++)
            sb_printf(&t, "%s%s", i ? ", " : "", expr_string(args.data[i]));
        note(b, t.data, "assign-pair", call->pos);
    } else if (mine) {
        note(b, xsprintf("%s := %s", v->name, expr_string(mine)), "assign-pair", call->pos);
    }
    free(names.data);
    free(args.data);
    return true;
}

/* `var x T = v` as gc prints it: "x := v" at the name. */
static void var_note(StrBuf *b, Node *decl, Pos at)
{
    Node *g = decl->x;
    for (int i = 0; g && i < g->list.len; i++) {
        Node *spec = g->list.data[i];
        if (spec->kind != N_VALUESPEC || spec->list.len != spec->names.len)
            continue;
        for (int k = 0; k < spec->names.len; k++) {
            Node *name = spec->names.data[k];
            if (same_pos(name->pos, at))
                note(b, xsprintf("%s := %s", name->name, expr_string(spec->list.data[k])),
                     spec->names.len > 1 ? "assign-pair" : "assign", name->pos);
        }
    }
}

/* Do the edges from k on read the variable (a load through its address, perhaps after
 * field/index steps) rather than take its address? */
static bool reads_var(Edge **edges, int k, int n)
{
    for (; k < n; k++) {
        IRInstr *x = edges[k]->note;
        if (!x)
            return false;
        if (x->op == IR_LOAD || x->op == IR_MEMMOVE)
            return true;
        if (x->op != IR_FIELDADDR && x->op != IR_INDEXADDR && x->op != IR_CONVERT)
            return false;
    }
    return false;
}

/* A read through an address: `x.f` of a variable is gc's "dot", `p.f` / `s[i]` through a
 * pointer "dot of pointer", `a[i]` of an array variable "fixed-array-index-of", `*p`
 * "indirection", and a type assertion's value "dot". */
static void load_note(StrBuf *b, IRInstr *in)
{
    IRInstr *a = in->op == IR_MEMMOVE ? in->args[1] : in->args[0];
    AstEntry *e;
    if ((e = ast_at(in->pos, N_TYPEASSERT))) {
        note(b, expr_string(e->node), "dot", e->node->pos);
        return;
    }
    if (a->op != IR_FIELDADDR && a->op != IR_INDEXADDR) {
        if (a->op != IR_ALLOC && (e = ast_at(in->pos, N_STAR)))
            note(b, expr_string(e->node), "indirection", e->node->pos);
        return;
    }
    IRInstr *base = a;
    while (base && (base->op == IR_FIELDADDR || base->op == IR_INDEXADDR))
        base = base->args[0];
    bool of_var = base && base->op == IR_ALLOC;
    if ((e = ast_at(in->pos, N_SELECTOR)))
        note(b, expr_string(e->node), of_var ? "dot" : "dot of pointer", e->node->pos);
    else if ((e = ast_at(in->pos, N_INDEX)))
        note(b, expr_string(e->node), of_var ? "fixed-array-index-of" : "dot of pointer", e->node->pos);
}

/* The notes of one flow: its edges from the source side, `derefs` the flow's total. */
static void flow_notes(StrBuf *b, Edge **edges, int n, int derefs)
{
    for (int i = 0; i < n; i++) {
        IRInstr *in = edges[i]->note;
        IRInstr *next = i + 1 < n ? edges[i + 1]->note : NULL;
        if (!in)
            continue;
        note_instr = in;
        switch (in->op) {
        case IR_ALLOC:
            if (edges[i]->derefs >= 0)
                break;
            if (in->alloc_kind == ALLOC_VAR && in->var) {
                if (reads_var(edges, i + 1, n))
                    break;      /* x's value, not its address */
                /* `&x`, or the array variable of a slicing `arr[:]` */
                Node *slice = NULL;
                for (int k = i + 1; k < n && !slice; k++)
                    if (edges[k]->note && edges[k]->note->op == IR_MAKE) {
                        AstEntry *e = ast_at(edges[k]->note->pos, N_SLICE);
                        slice = e ? e->node : NULL;
                    }
                Pos near = next ? inlined_pos(next, next->pos) : in->pos;
                Node *a = slice ? NULL : addr_of_var(in->var, near);
                Node *recv = a || slice || !next ? NULL : method_receiver(in->var, near);
                if (a)
                    note(b, expr_string(a), "address-of", a->pos);
                else if (slice)
                    note(b, in->var->name, "address-of", slice->pos);
                else if (recv)      /* x.m() with a pointer receiver takes &x */
                    note(b, in->var->name, "address-of", recv->pos);
            } else if (in->alloc_kind == ALLOC_VARIADIC) {
                note(b, "... argument", "spill", in->pos);
            } else if (in->site) {
                note(b, expr_string(in->site), "spill", in->pos);
            }
            break;
        case IR_STORE: {
            IRInstr *obj = store_alloc(in->args[0]);
            AstEntry *call = ast_at(in->pos, N_CALL);
            if (call && is_append_call(call->node)) {
                note(b, expr_string(call->node), "call parameter", call->node->pos);
                break;
            }
            if (obj && obj->alloc_kind == ALLOC_TEMP)
                break;          /* lowering's temporaries are invisible to gc */
            if (obj && obj->alloc_kind != ALLOC_VAR) {
                store_into_object(b, in, obj, derefs);
                break;
            }
            if (obj && inlined_param(b, in, obj))
                break;
            Node *s = stmt_at(in->pos);
            if (s && s->kind == N_ASSIGN)
                note(b, stmt_string(s), s->list.len > 1 ? "assign-pair" : "assign", s->pos);
            else if (s && s->kind == N_DECLSTMT)
                var_note(b, s, in->pos);
            break;
        }
        case IR_MAKE: {
            Type *t = in->type;
            while (t && t->kind == T_NAMED)
                t = t->underlying;
            if (!t)
                break;
            AstEntry *e;
            if (t->kind == T_INTERFACE) {
                IRInstr *data = in->nargs > 1 ? in->args[1] : NULL;
                while (data && data->op == IR_CONVERT)
                    data = data->args[0];
                if (data && data->op == IR_ALLOC && data->alloc_kind == ALLOC_BOX)
                    break;      /* the box's store said it */
                Node *x = expr_at(in->pos);
                if (x)
                    note(b, expr_string(x), "interface-converted", x->pos);
            } else if ((e = ast_at(in->pos, N_SLICE))) {
                note(b, expr_string(e->node), "slice", e->node->pos);
            } else if ((t->kind == T_ARRAY || t->kind == T_STRUCT) && (e = ast_at(in->pos, N_COMPOSITE))) {
                note(b, expr_string(e->node),
                     t->kind == T_ARRAY ? "array literal element" : "struct literal element",
                     e->node->pos);
            }
            break;
        }
        case IR_LOAD:
        case IR_MEMMOVE:
            load_note(b, in);
            break;
        case IR_RET: {
            Node *s = stmt_at(in->pos);
            if (s && s->kind == N_RETURN)
                note(b, stmt_string(s), "return", s->pos);
            break;
        }
        case IR_CALLRT:
            if (in->alloc_kind == ALLOC_APPEND && edges[i]->derefs < 0 && derefs < 0 && in->site) {
                note(b, expr_string(in->site), "spill", in->pos);
            } else if (in->rt_name && strcmp(in->rt_name, "gort_chansend") == 0) {
                Node *s = stmt_at(in->pos);
                if (s && s->kind == N_SENDSTMT)
                    note(b, stmt_string(s), "send", s->pos);
            } else if (in->rt_name && strcmp(in->rt_name, "gort_mapassign") == 0) {
                AstEntry *e = ast_at(in->pos, N_INDEX);
                if (e)
                    note(b, expr_string(e->node), "key of map put", e->node->pos);
            }
            break;
        default:
            if (is_call_op(in->op)) {
                AstEntry *e = ast_at(in->pos, N_CALL);
                if (e)
                    note(b, gc_expr_string(e->node), "call parameter", e->node->pos);
            }
            break;
        }
    }
}

/* The path from `start` to `root` along the last walk's pred edges, as gc's flow lines. */
/* Was `in` copied from an inlined callee (its position is in another function's body)? */
static bool is_inlined(IRInstr *in)
{
    IRFunc *f = in && in->block ? in->block->func : NULL;
    AstEntry *e = in ? ast_at(in->pos, N_BAD) : NULL;
    return f && f->obj && e && e->decl && e->decl != f->obj->decl;
}

/* gc binds an inlined call's result to a variable (~r0, or the result's name) at the call.
 * golc's copy of the callee has no such variable, so a flow that goes from the callee's code
 * back into the caller's is split there: "~r0 ← p" (from ~r0 = p (assign-pair) at the call),
 * then "y ← ~r0". Returns the split index, setting *callee_ret and *call, or -1. */
static int inline_split(Edge **seg, int n, Node **ret, Node **call, const char **name)
{
    for (int k = 1; k < n; k++) {
        IRInstr *prev = seg[k - 1]->note, *cur = seg[k]->note;
        if (!prev || !cur || !is_inlined(prev) || is_inlined(cur) || cur->op == IR_ALLOC)
            continue;
        AstEntry *e = ast_at(prev->pos, N_BAD);
        Node *decl = e->decl;
        Obj *callee = decl->obj;
        if (!callee || !callee->type || callee->type->kind != T_FUNC || callee->type->nresults != 1)
            continue;
        /* the callee's return statement: the one holding prev, or its only one */
        Node *r = e->stmt && e->stmt->kind == N_RETURN ? e->stmt : NULL;
        for (int i = 0; !r && i < nast; i++)
            if (ast[i].decl == decl && ast[i].node->kind == N_RETURN)
                r = ast[i].node;
        Pos at = inlined_pos(prev, prev->pos);
        AstEntry *c = ast_at(at, N_CALL);
        if (!r || r->list.len != 1 || !c)
            continue;
        const char *rn = callee->type->results[0].name;
        *name = rn && rn[0] && strcmp(rn, "_") != 0 ? rn : "~r0";
        *ret = r;
        *call = c->node;
        return k;
    }
    return -1;
}

static void flow_line(StrBuf *b, const char *dn, const char *sn, int derefs)
{
    char ops[16] = "&";
    if (derefs >= 0) {
        int k = 0;
        for (; k < derefs && k < 15; k++)
            ops[k] = '*';
        ops[k] = 0;
    }
    sb_printf(b, "  flow: %s ← %s%s:\n", dn, ops, sn);
}

/* A flow's derefs, as the walk counts them from the destination back: an address taken
 * and then stored somewhere is a new value there (the walk restarts at 0 past an address-of). */
static int seg_derefs(Edge **seg, int n)
{
    int d = 0;
    for (int i = n - 1; i >= 0; i--)
        d = (d < 0 ? 0 : d) + seg[i]->derefs;
    return d < -1 ? -1 : d;
}

/* One flow from `sn` to `dn` over the edges seg[0..n), split at an inlined call's result. */
static void explain_flow(StrBuf *b, const char *dn, const char *sn, Edge **seg, int n)
{
    Node *ret, *call;
    const char *rname;
    int k = inline_split(seg, n, &ret, &call, &rname);
    if (k > 0) {
        flow_line(b, rname, sn, seg_derefs(seg, k));
        flow_notes(b, seg, k, seg_derefs(seg, k));
        note_instr = NULL;
        note(b, xsprintf("%s = %s", rname, expr_string(ret->list.data[0])), "assign-pair", call->pos);
        subst_call = call;
        subst_name = rname;
        flow_line(b, dn, rname, seg_derefs(seg + k, n - k));
        flow_notes(b, seg + k, n - k, seg_derefs(seg + k, n - k));
        subst_call = NULL;
        return;
    }
    int derefs = seg_derefs(seg, n);
    if (derefs == 0 && strcmp(dn, sn) == 0)
        return;
    flow_line(b, dn, sn, derefs);
    flow_notes(b, seg, n, derefs);
}

static void explain_path(StrBuf *b, Loc *root, Loc *start)
{
    static int mark;
    Edge **seg = NULL;
    int nseg = 0, capseg = 0, derefs = 0;
    Loc *from = start;
    mark++;
    for (; start != root && start->pred; ) {
        if (start->explain_mark == mark) {  /* the walk's pred edges can form a cycle */
            sb_printf(b, "  warning: truncated explanation due to assignment cycle; see "
                         "golang.org/issue/35518\n");
            break;
        }
        start->explain_mark = mark;
        Loc *dst = start->pred;
        Edge *e = &dst->edges[start->pred_edge];
        if (nseg == capseg)
            seg = xrealloc(seg, (capseg = capseg ? capseg * 2 : 16) * sizeof *seg);
        seg[nseg++] = e;
        derefs += e->derefs;
        start = dst;
        /* an object that escaped earlier is a root of its own (gc walks it as one) */
        bool stop = dst->kind == LOC_OBJECT && dst->escapes && named(dst);
        if (!named(dst) && dst != root && !stop)
            continue;
        explain_flow(b, loc_name(dst), loc_name(from), seg, nseg);
        nseg = 0;
        derefs = 0;
        from = dst;
        if (stop)
            break;
    }
    free(seg);
}

/* Sort key of an escaping object: how many named flows separate it from the root, then where
 * the last flow enters the root. gc's walk reaches (and explains) near objects first. */
typedef struct Ranked {
    Loc *l;
    int hops;
    Pos last;
    int index;
} Ranked;

static int ranked_cmp(const void *a, const void *b)
{
    const Ranked *x = a, *y = b;
    if (x->hops != y->hops)
        return x->hops - y->hops;
    if (x->last.line != y->last.line)
        return x->last.line - y->last.line;
    if (x->last.col != y->last.col)
        return x->last.col - y->last.col;
    return x->index - y->index;
}

void explain_sort(Loc *root, Loc **objs, int n)
{
    if (n < 2)
        return;
    Ranked *r = xcalloc(n, sizeof *r);
    for (int i = 0; i < n; i++) {
        r[i].l = objs[i];
        r[i].index = i;
        Loc *l = objs[i];
        for (int guard = 0; l != root && l->pred && guard < 1000; guard++) {
            Edge *e = &l->pred->edges[l->pred_edge];
            if (e->note && e->note->pos.file)
                r[i].last = e->note->pos;
            l = l->pred;
            if (named(l) || l == root)
                r[i].hops++;
        }
    }
    qsort(r, n, sizeof *r, ranked_cmp);
    for (int i = 0; i < n; i++)
        objs[i] = r[i].l;
    free(r);
}

static void ensure_ast(Loc *l)
{
    if (l->fn && l->fn->pkg)
        ast_build(l->fn->pkg);
}

/* Only objects -m reports by name get an explanation (gc explains the ones it names). */
bool explain_wanted(EscState *st, Loc *l)
{
    if (!st->opts || st->opts->m_level < 2 || !l->fn || !report_wanted(st, l->fn))
        return false;
    IRInstr *in = l->instr;
    if (l->kind == LOC_OBJECT && in && in->op == IR_CALLRT && in->alloc_kind == ALLOC_APPEND)
        return in->site != NULL;
    if (l->kind != LOC_OBJECT || !in || in->op != IR_ALLOC || in->pos.file == 0)
        return false;
    if (in->alloc_kind == ALLOC_VAR)
        return in->var && in->var->name && strcmp(in->var->name, "_") != 0;
    if (in->alloc_kind == ALLOC_VARIADIC)
        return true;
    if (in->alloc_kind == ALLOC_CLOSURE)
        return in->site && in->site->kind == N_FUNCLIT;
    return in->alloc_kind != ALLOC_TEMP && in->site && in->alloc_kind != ALLOC_STRBUF;
}

/* gc's name of a function in its own package ("main", "T.m", "(*T).m", "main.func1"). */
const char *explain_func_name(IRFunc *f)
{
    const char *name = f->name;
    if (f->pkg && f->pkg->path) {
        size_t n = strlen(f->pkg->path);
        if (strncmp(name, f->pkg->path, n) == 0 && name[n] == '.')
            return name + n + 1;
    }
    return name;
}

static const char *object_title(IRInstr *in)
{
    if (in->op != IR_ALLOC)
        return expr_string(in->site);
    if (in->alloc_kind == ALLOC_VAR)
        return in->var->name;
    if (in->alloc_kind == ALLOC_VARIADIC)
        return "... argument";
    if (in->alloc_kind == ALLOC_CLOSURE)
        return "func literal";
    return expr_string(in->site);
}

void explain_escape(EscState *st, Loc *root, Loc *obj)
{
    (void)st;
    ensure_ast(obj);
    StrBuf b = {0};
    sb_printf(&b, "%s escapes to heap in %s:\n", object_title(obj->instr), explain_func_name(obj->fn));
    explain_path(&b, root, obj);
    report_explain(obj->instr->pos, b.data);
}

void explain_leak(EscState *st, Loc *root, IRInstr *param, int derefs)
{
    IRFunc *f = param->block->func;
    IRInstr *var = report_param_var(param);
    Loc *l = iloc(param);
    if (!st->opts || st->opts->m_level < 2 || !report_wanted(st, f) || !var || !l)
        return;
    const char *name = var->var->name;
    if (!name || strcmp(name, "_") == 0 || !type_has_pointers(param->type))
        return;
    Loc *obj = object_loc(var);
    if (obj && obj->escapes)
        return;                 /* moved to heap: its own explanation says why */
    ensure_ast(l);
    StrBuf b = {0};
    sb_printf(&b, "parameter %s leaks to %s for %s with derefs=%d:\n", name, loc_name(root),
              explain_func_name(f), derefs);
    explain_path(&b, root, l);
    report_explain(var->pos, b.data);
}

/* An object too large for the stack escapes for that reason alone (gc: "too large for stack"). */
void explain_too_large(EscState *st, Loc *obj)
{
    if (!explain_wanted(st, obj))
        return;
    ensure_ast(obj);
    IRInstr *in = obj->instr;
    const char *title = object_title(in);
    StrBuf b = {0};
    sb_printf(&b, "%s escapes to heap in %s:\n", title, explain_func_name(obj->fn));
    sb_printf(&b, "  flow: {heap} ← &%s:\n", loc_name(obj));
    note_instr = NULL;
    note(&b, title, "too large for stack", in->pos);
    report_explain(in->pos, b.data);
}

/* gc's -m line for an assignment the analysis drops (build.c's self_assignment rule), at the
 * statement (or at the call it was inlined into). */
void explain_self_assignment(EscState *st, IRInstr *store)
{
    IRFunc *f = store->block ? store->block->func : NULL;
    if (!f || !report_wanted(st, f) || !f->pkg)
        return;
    ast_build(f->pkg);
    Node *s = stmt_at(store->pos);
    if (!s || s->kind != N_ASSIGN)
        return;
    char *text = xsprintf("%s ignoring self-assignment in %s", explain_func_name(f), stmt_string(s));
    if (st->opts->m_level >= 2)
        report_explain(inlined_pos(store, s->pos), text);   /* gc: while building, first */
    else
        report_add(inlined_pos(store, s->pos), 2, text);
}
