// shim_frontend.h — the lexer, parser and AST helpers seen from C++ tests, plus small
// helpers shared by lexer_test.cc and parser_test.cc.
#pragma once
#include <string>

extern "C" {
#include "frontend/ast.h"
#include "frontend/frontend.h"
#include "frontend/lexer.h"
#include "frontend/util.h"
}

namespace frontend_test {

// Errors collected so far as diag_flush would print them; clears them.
inline std::string take_errors() {
    char *text = diag_render();
    std::string s = text;
    free(text);
    diag_reset();
    return s;
}

// Parses a whole file named x.go; returns the AST dump ("" when parse_file fails).
inline std::string parse_dump(const std::string &src) {
    diag_reset();
    Node *f = parse_file("x.go", src.data(), src.size());
    return f ? ast_dump(f) : "";
}

// Parses a file and returns only its errors.
inline std::string parse_errors(const std::string &src) {
    diag_reset();
    parse_file("x.go", src.data(), src.size());
    return take_errors();
}

}  // namespace frontend_test
