/* check_lookup.c — field and method lookup through embedded fields (Go's depth rule:
 * the shallowest match wins, two at the same depth are ambiguous), method sets and the
 * implements check with gc's explanations. */
#include <string.h>

#include "check.h"

typedef struct Entry {
    Type *type;     /* named or struct type at this level (never a pointer) */
    int *path;
    int npath;
    bool indirect;  /* reached through a pointer */
} Entry;

static int *path_append(int *path, int n, int idx) {
    int *p = xmalloc(sizeof(int) * (size_t)(n + 1));
    if (n) memcpy(p, path, sizeof(int) * (size_t)n);
    p[n] = idx;
    return p;
}

Selection *lookup_field_or_method(Checker *c, Type *t, const char *name, bool *ambiguous) {
    *ambiguous = false;
    bool start_indirect = false;
    if (t->kind == T_POINTER || (t->kind == T_NAMED && under(t)->kind == T_POINTER && false)) {
        t = t->elem;
        start_indirect = true;
    } else if (under(t)->kind == T_POINTER && t->kind == T_NAMED) {
        /* a named pointer type has no methods; fields are reachable through it */
        t = under(t)->elem;
        start_indirect = true;
    }
    if (start_indirect && under(t)->kind == T_INTERFACE) return NULL; /* *I has no methods */
    Vec cur = {0}, seen = {0};
    Entry *e0 = xcalloc(1, sizeof *e0);
    e0->type = t;
    e0->indirect = start_indirect;
    vec_push(&cur, e0);
    for (int depth = 0; cur.len > 0 && depth < 32; depth++) {
        Selection *found = NULL;
        int nfound = 0;
        Vec next = {0};
        for (int i = 0; i < cur.len; i++) {
            Entry *en = cur.data[i];
            Type *ty = en->type;
            if (ty->kind == T_NAMED) {
                bool dup = false;
                for (int s = 0; s < seen.len; s++)
                    if (seen.data[s] == ty) dup = true;
                if (dup) continue;
                vec_push(&seen, ty);
                for (int m = 0; m < ty->methods.len; m++) {
                    Method *me = ty->methods.data[m];
                    if (strcmp(me->name, name) != 0) continue;
                    Selection *s = xcalloc(1, sizeof *s);
                    s->kind = SEL_METHOD;
                    s->obj = me->obj;
                    s->path = en->path;
                    s->npath = en->npath;
                    s->indirect = en->indirect;
                    found = s;
                    nfound++;
                }
            }
            Type *u = under(ty);
            if (u->kind == T_STRUCT) {
                for (int f = 0; f < u->nfields; f++) {
                    Field *fl = &u->fields[f];
                    if (!strcmp(fl->name, name)) {
                        Selection *s = xcalloc(1, sizeof *s);
                        s->kind = SEL_FIELD;
                        s->obj = fl->obj;
                        s->path = path_append(en->path, en->npath, f);
                        s->npath = en->npath + 1;
                        s->indirect = en->indirect;
                        found = s;
                        nfound++;
                    }
                    if (fl->embedded) {
                        Entry *ne = xcalloc(1, sizeof *ne);
                        Type *ft = fl->type;
                        ne->indirect = en->indirect;
                        if (ft->kind == T_POINTER) {
                            ft = ft->elem;
                            ne->indirect = true;
                        }
                        ne->type = ft;
                        ne->path = path_append(en->path, en->npath, f);
                        ne->npath = en->npath + 1;
                        vec_push(&next, ne);
                    }
                }
            } else if (u->kind == T_INTERFACE) {
                for (int m = 0; m < u->nimethods; m++) {
                    if (strcmp(u->imethods[m].name, name) != 0) continue;
                    Selection *s = xcalloc(1, sizeof *s);
                    s->kind = SEL_METHOD;
                    s->method_index = m;
                    s->path = en->path;
                    s->npath = en->npath;
                    s->indirect = en->indirect;
                    found = s;
                    nfound++;
                }
            }
        }
        if (nfound == 1) return found;
        if (nfound > 1) {
            *ambiguous = true;
            return NULL;
        }
        cur = next;
    }
    return NULL;
}

/* The type reached by a selection's path (the receiver's type for a method). */
static Type *path_type(Type *t, Selection *s, bool *via_ptr) {
    *via_ptr = false;
    if (under(t)->kind == T_POINTER) {
        t = under(t)->elem;
        *via_ptr = true;
    }
    for (int i = 0; i < s->npath; i++) {
        Type *u = under(t);
        t = u->fields[s->path[i]].type;
        if (t->kind == T_POINTER) {
            t = t->elem;
            *via_ptr = true;
        }
    }
    return t;
}

/* Finds method `name` in the method set of t. *ptr_only is set when the method exists but
 * only in the method set of *t (pointer receiver reached without a pointer). */
static Selection *method_in_set(Type *t, const char *name, bool *ptr_only, Type **sig) {
    bool amb;
    *ptr_only = false;
    Selection *s = lookup_field_or_method(NULL, t, name, &amb);
    if (!s || s->kind != SEL_METHOD) return NULL;
    bool via_ptr = false;
    Type *recv = path_type(t, s, &via_ptr);
    if (s->obj) {
        *sig = s->obj->type;
        if (s->obj->ptr_recv && !via_ptr && !s->indirect && under(t)->kind != T_POINTER) *ptr_only = true;
    } else {
        Type *u = under(recv);
        *sig = u->imethods[s->method_index].sig;
    }
    return s;
}

bool implements(Type *t, Type *iface, const char **missing, int *why) {
    Type *iu = under(iface);
    *why = 0;
    if (iu->kind != T_INTERFACE) return false;
    Type *tu = under(t);
    for (int i = 0; i < iu->nimethods; i++) {
        Method *m = &iu->imethods[i];
        if (tu->kind == T_INTERFACE) {
            bool ok = false;
            for (int j = 0; j < tu->nimethods; j++) {
                if (!strcmp(tu->imethods[j].name, m->name)) {
                    ok = true;
                    if (!type_identical(tu->imethods[j].sig, m->sig)) {
                        *missing = m->name;
                        *why = 2;
                        return false;
                    }
                }
            }
            if (!ok) {
                *missing = m->name;
                *why = 0;
                return false;
            }
            continue;
        }
        bool ptr_only;
        Type *sig = NULL;
        Selection *s = method_in_set(t, m->name, &ptr_only, &sig);
        if (!s) {
            *missing = m->name;
            *why = 0;
            return false;
        }
        if (!type_identical(sig, m->sig)) {
            *missing = m->name;
            *why = 2;
            return false;
        }
        if (ptr_only) {
            *missing = m->name;
            *why = 1;
            return false;
        }
    }
    return true;
}

char *missing_method_reason(Checker *c, Type *t, Type *iface) {
    const char *missing = NULL;
    int why = 0;
    if (implements(t, iface, &missing, &why)) return NULL;
    char *ts = tstr(c, t), *is = tstr(c, iface);
    if (!missing) return xsprintf("%s does not implement %s", ts, is);
    if (why == 1)
        return xsprintf("%s does not implement %s (method %s has pointer receiver)", ts, is, missing);
    if (why == 2) {
        Type *iu = under(iface);
        Type *want = NULL, *have = NULL;
        for (int i = 0; i < iu->nimethods; i++)
            if (!strcmp(iu->imethods[i].name, missing)) want = iu->imethods[i].sig;
        bool p;
        if (under(t)->kind == T_INTERFACE) {
            Type *tu = under(t);
            for (int i = 0; i < tu->nimethods; i++)
                if (!strcmp(tu->imethods[i].name, missing)) have = tu->imethods[i].sig;
        } else {
            method_in_set(t, missing, &p, &have);
        }
        StrBuf hb = {0}, wb = {0};
        if (have) type_write_signature(&hb, have, c->pkg ? c->pkg->path : NULL);
        if (want) type_write_signature(&wb, want, c->pkg ? c->pkg->path : NULL);
        return xsprintf("%s does not implement %s (wrong type for method %s)\n\t\thave %s%s\n\t\twant %s%s", ts, is,
                        missing, missing, hb.data ? hb.data : "()", missing, wb.data ? wb.data : "()");
    }
    return xsprintf("%s does not implement %s (missing method %s)", ts, is, missing);
}
