/* check_init.c — package variable initialisation order (Go spec): repeatedly pick the
 * earliest variable in declaration order that is ready, i.e. whose initialiser depends
 * (directly or through the bodies of functions it references) on no uninitialised
 * variable. Reference cycles through functions are "initialization cycle" errors. */
#include <string.h>

#include "check.h"

/* Adds to out the variables reachable from o's dependencies, expanding functions. */
static void collect_var_deps(Obj *o, Vec *out, Vec *visited_funcs) {
    DeclInfo *d = decl_info(o);
    if (!d) return;
    for (int i = 0; i < d->deps.len; i++) {
        Obj *dep = d->deps.data[i];
        if (dep->kind == OBJ_VAR) {
            bool seen = false;
            for (int j = 0; j < out->len; j++)
                if (out->data[j] == dep) seen = true;
            if (!seen) vec_push(out, dep);
        } else if (dep->kind == OBJ_FUNC) {
            bool seen = false;
            for (int j = 0; j < visited_funcs->len; j++)
                if (visited_funcs->data[j] == dep) seen = true;
            if (seen) continue;
            vec_push(visited_funcs, dep);
            collect_var_deps(dep, out, visited_funcs);
        }
    }
}

/* Is there a path o → ... → target through deps (functions and variables)? Records it. */
static bool find_path(Obj *o, Obj *target, Vec *path, Vec *visited) {
    DeclInfo *d = decl_info(o);
    if (!d) return false;
    for (int i = 0; i < d->deps.len; i++) {
        Obj *dep = d->deps.data[i];
        if (dep == target) {
            vec_push(path, dep);
            return true;
        }
        bool seen = false;
        for (int j = 0; j < visited->len; j++)
            if (visited->data[j] == dep) seen = true;
        if (seen) continue;
        vec_push(visited, dep);
        vec_push(path, dep);
        if (find_path(dep, target, path, visited)) return true;
        vec_pop(path);
    }
    return false;
}

void compute_init_order(Checker *c) {
    Vec vars = {0};
    for (int i = 0; i < c->all_decls.len; i++) {
        DeclInfo *d = c->all_decls.data[i];
        if (d->obj->kind == OBJ_VAR) vec_push(&vars, d);
    }
    int n = vars.len;
    if (n == 0) return;
    Vec *deps = xcalloc((size_t)n, sizeof *deps);
    for (int i = 0; i < n; i++) {
        DeclInfo *d = vars.data[i];
        Vec funcs = {0};
        collect_var_deps(d->obj, &deps[i], &funcs);
        (void)funcs;
    }
    /* a variable whose initialiser reaches it again (through variables or functions)
     * is an initialization cycle; report each cycle once */
    Vec reported = {0};
    for (int i = 0; i < n; i++) {
        DeclInfo *d = vars.data[i];
        if (d->obj->type == t_invalid || !d->init) continue;
        bool seen = false;
        for (int k = 0; k < reported.len; k++)
            if (reported.data[k] == d->obj) seen = true;
        if (seen) continue;
        Vec path = {0}, visited = {0};
        if (!find_path(d->obj, d->obj, &path, &visited)) continue;
        StrBuf b = {0};
        sb_printf(&b, "initialization cycle for %s", d->obj->name);
        Obj *prev = d->obj;
        for (int k = 0; k < path.len; k++) {
            Obj *nx = path.data[k];
            sb_printf(&b, "\n\t%s:%d:%d: %s refers to %s", src_file_name(prev->pos.file), prev->pos.line,
                      prev->pos.col, prev->name, nx->name);
            vec_push(&reported, nx);
            prev = nx;
        }
        diag_error(d->obj->pos, "%s", b.data);
    }
    bool *done = xcalloc((size_t)n, 1);
    Vec emitted_specs = {0};
    int remaining = n;
    while (remaining > 0) {
        int pick = -1;
        for (int i = 0; i < n && pick < 0; i++) {
            if (done[i]) continue;
            bool ready = true;
            for (int j = 0; j < deps[i].len && ready; j++) {
                Obj *dep = deps[i].data[j];
                DeclInfo *dd = decl_info(dep);
                if (dep == ((DeclInfo *)vars.data[i])->obj) continue;
                for (int k = 0; k < n; k++)
                    if (vars.data[k] == dd && !done[k] && dd->spec != ((DeclInfo *)vars.data[i])->spec) ready = false;
            }
            if (ready) pick = i;
        }
        if (pick < 0) pick = 0; /* a cycle (reported above): keep declaration order */
        while (done[pick]) pick++;
        DeclInfo *d = vars.data[pick];
        /* all names of one spec initialise together */
        for (int k = 0; k < n; k++) {
            DeclInfo *o = vars.data[k];
            if (!done[k] && o->spec == d->spec) {
                done[k] = true;
                remaining--;
            }
        }
        bool seen = false;
        for (int k = 0; k < emitted_specs.len; k++)
            if (emitted_specs.data[k] == d->spec) seen = true;
        if (!seen) {
            vec_push(&emitted_specs, d->spec);
            if (d->spec->list.len > 0) vec_push(&c->pkg->init_order, d->spec);
        }
    }
}
