// source_pipeline.h — shared by the unit tests: runs one file of Go source text (package main,
// no imports) through parse_file, check_package and, when asked, frontend_lower, and returns
// the diagnostics. Each call uses a fresh file name (PREFIX_N.go) so positions never mix.
#ifndef GOLC_TEST_SOURCE_PIPELINE_H
#define GOLC_TEST_SOURCE_PIPELINE_H

#include <cstdlib>
#include <string>

extern "C" {
#include "frontend/frontend.h"
#include "frontend/ir.h"
#include "frontend/util.h"
void universe_init(void); /* frontend/check.h (idempotent) */
}

struct SourceResult {
    Package *pkg = nullptr;  // set once the file parsed without errors
    IRProgram *ir = nullptr; // set when lowering was asked for and checking found no error
    std::string errors;      // diag_render's text; see strip_file_names
};

// Errors read like gc's "line:col: msg" when strip_file_names is set (the generated file name
// and its colon are dropped from each line).
inline SourceResult RunSource(const std::string &src, const char *prefix, bool lower,
                              bool strip_file_names = false) {
    static int counter = 0;
    SourceResult out;
    diag_reset();
    universe_init();
    std::string name = std::string(prefix) + "_" + std::to_string(counter++) + ".go";
    Node *file = parse_file(name.c_str(), src.data(), src.size());
    if (file && diag_error_count() == 0) {
        out.pkg = (Package *)xcalloc(1, sizeof(Package));
        out.pkg->path = "main";
        vec_push(&out.pkg->files, file);
        check_package(out.pkg);
        if (lower && diag_error_count() == 0) {
            Program *prog = (Program *)xcalloc(1, sizeof(Program));
            vec_push(&prog->packages, out.pkg);
            prog->main = out.pkg;
            out.ir = frontend_lower(prog);
        }
    }
    char *text = diag_render();
    std::string all = text ? text : "";
    free(text);
    diag_reset();
    if (!strip_file_names) {
        out.errors = all;
        return out;
    }
    size_t pos = 0;
    while (pos < all.size()) {
        size_t eol = all.find('\n', pos);
        std::string line = all.substr(pos, eol == std::string::npos ? std::string::npos : eol - pos);
        if (line.rfind(name + ":", 0) == 0) line = line.substr(name.size() + 1);
        if (!line.empty()) out.errors += line + "\n";
        if (eol == std::string::npos) break;
        pos = eol + 1;
    }
    return out;
}

#endif
