// ir_query.h — shared by the lowering unit tests: lower a source string and check the IR's
// well-formedness, find a function by name, count the instructions that match a predicate.
#ifndef GOLC_TEST_IR_QUERY_H
#define GOLC_TEST_IR_QUERY_H

#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>

#include "shim_ir.h"
#include "source_pipeline.h"

// Lowers src (package main); *errors gets the diagnostics and any ir_check complaint.
inline IRProgram *LowerChecked(const std::string &src, const char *prefix, std::string *errors) {
    SourceResult r = RunSource(src, prefix, true);
    *errors = r.errors;
    if (r.ir) {
        StrBuf b = {};
        if (ir_check(r.ir, &b)) *errors += b.data ? b.data : "malformed IR";
        free(b.data);
    }
    return r.ir;
}

inline IRFunc *Func(IRProgram *p, const char *name) {
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = (IRFunc *)p->funcs.data[i];
        if (!strcmp(f->name, name)) return f;
    }
    return nullptr;
}

inline int Count(IRFunc *f, const std::function<bool(IRInstr *)> &pred) {
    int n = 0;
    for (int i = 0; i < f->blocks.len; i++) {
        IRBlock *b = (IRBlock *)f->blocks.data[i];
        for (int j = 0; j < b->instrs.len; j++)
            if (pred((IRInstr *)b->instrs.data[j])) n++;
    }
    return n;
}

#endif
