// The symbol and line tables behind runtime.Caller (runtime/symtab.c): an executable built
// here with clang-19 from a small C file, its functions found by address and its DWARF 4 line
// program read back, row by row against llvm-dwarfdump's view of the same file; DWARF 5 units
// are skipped (names only); a hand-written line program exercises the opcodes clang's output
// may not use.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <unistd.h>

#include "shim_runtime.h"

namespace {

const char kSource[] =
    "int twice(int x) {\n"            // 1
    "    int y = x * 2;\n"            // 2
    "    return y;\n"                 // 3
    "}\n"                             // 4
    "\n"                              // 5
    "int main(void) {\n"              // 6
    "    return twice(3) - 6;\n"      // 7
    "}\n";

// Builds the source with the given -gdwarf flag; "" when clang fails.
std::string build(const std::string &dir, const char *dwarf) {
    std::string src = dir + "/prog.c", exe = dir + "/prog" + dwarf;
    FILE *f = fopen(src.c_str(), "w");
    if (!f) return "";
    fputs(kSource, f);
    fclose(f);
    std::string cmd = "clang-19 -O0 -g " + std::string(dwarf) + " -o " + exe + " " + src + " 2>/dev/null";
    return system(cmd.c_str()) == 0 ? exe : "";
}

const GortFunc *find_func(const GortSymtab &st, const char *name) {
    for (size_t i = 0; i < st.nfuncs; i++)
        if (!strcmp(st.funcs[i].name, name)) return &st.funcs[i];
    return nullptr;
}

struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/golc-symtab-XXXXXX";
        path = mkdtemp(tmpl) ? tmpl : "";
    }
    ~TempDir() {
        if (!path.empty()) system(("rm -rf " + path).c_str());
    }
};

TEST(RuntimeSymtab, FunctionsAndLinesOfADwarf4Executable) {
    TempDir dir;
    std::string exe = build(dir.path, "-gdwarf-4");
    ASSERT_FALSE(exe.empty()) << "clang-19 could not build the test program";
    GortSymtab st;
    ASSERT_TRUE(gort_symtab_load(&st, exe.c_str(), 0));
    const GortFunc *twice = find_func(st, "twice"), *mainf = find_func(st, "main");
    ASSERT_NE(twice, nullptr);
    ASSERT_NE(mainf, nullptr);
    EXPECT_TRUE(mainf->bottom);
    EXPECT_FALSE(twice->bottom);
    EXPECT_LT(twice->lo, twice->hi);
    // every address of a function maps back to it
    EXPECT_EQ(gort_symtab_func(&st, twice->lo), twice);
    EXPECT_EQ(gort_symtab_func(&st, twice->hi - 1), twice);
    EXPECT_EQ(gort_symtab_func(&st, mainf->lo + 1), mainf);

    // the first row of each function is its declaration's line, in the absolute source path
    const char *file = nullptr;
    int64_t line = 0;
    ASSERT_TRUE(gort_lines_lookup(&st.lines, twice->lo, &file, &line));
    EXPECT_EQ(line, 1);
    EXPECT_EQ(std::string(file), dir.path + "/prog.c");
    ASSERT_TRUE(gort_lines_lookup(&st.lines, mainf->lo, &file, &line));
    EXPECT_EQ(line, 6);
    // the lines inside twice are exactly 1..4, and 2 and 3 occur
    bool seen[8] = {};
    for (uint64_t pc = twice->lo; pc < twice->hi; pc++) {
        ASSERT_TRUE(gort_lines_lookup(&st.lines, pc, &file, &line)) << std::hex << pc;
        ASSERT_GE(line, 1);
        ASSERT_LE(line, 4);
        seen[line] = true;
    }
    EXPECT_TRUE(seen[2] && seen[3]);
    // main's call of twice is on line 7
    bool call_line = false;
    for (uint64_t pc = mainf->lo; pc < mainf->hi; pc++)
        if (gort_lines_lookup(&st.lines, pc, &file, &line) && line == 7) call_line = true;
    EXPECT_TRUE(call_line);
    // a load bias moves every address
    GortSymtab moved;
    ASSERT_TRUE(gort_symtab_load(&moved, exe.c_str(), 0x100000));
    ASSERT_TRUE(gort_lines_lookup(&moved.lines, twice->lo + 0x100000, &file, &line));
    EXPECT_EQ(line, 1);
    EXPECT_STREQ(gort_symtab_func(&moved, twice->lo + 0x100000)->name, "twice");
}

TEST(RuntimeSymtab, Dwarf5UnitsAreSkipped) {
    TempDir dir;
    std::string exe = build(dir.path, "-gdwarf-5");
    ASSERT_FALSE(exe.empty());
    GortSymtab st;
    ASSERT_TRUE(gort_symtab_load(&st, exe.c_str(), 0));
    const GortFunc *twice = find_func(st, "twice");
    ASSERT_NE(twice, nullptr);
    const char *file;
    int64_t line;
    EXPECT_FALSE(gort_lines_lookup(&st.lines, twice->lo, &file, &line));
}

TEST(RuntimeSymtab, MissingFile) {
    GortSymtab st;
    EXPECT_FALSE(gort_symtab_load(&st, "/nonexistent/golc-program", 0));
}

// A DWARF 4 unit written by hand: two sequences (the second at lower addresses), special
// opcodes, advance_pc, const_add_pc, fixed_advance_pc, advance_line with a negative step,
// set_file, and two rows at one address (the later one counts).
TEST(RuntimeSymtab, HandWrittenLineProgram) {
    std::string body;
    auto u8 = [&](int v) { body.push_back((char)v); };
    auto u16 = [&](int v) { u8(v & 0xff); u8(v >> 8); };
    auto str = [&](const char *s) { body.append(s); body.push_back(0); };
    auto addr = [&](uint64_t a) { u8(0); u8(9); u8(2); for (int i = 0; i < 8; i++) u8((int)(a >> (8 * i)) & 0xff); };
    u16(4);                       // version
    size_t hl_at = body.size();
    body.append(4, 0);            // header_length, patched below
    size_t hdr_start = body.size();
    u8(1); u8(1); u8(1);          // min_inst_length, max_ops, default_is_stmt
    u8((uint8_t)-5); u8(14); u8(13);   // line_base, line_range, opcode_base
    const int std_len[12] = {0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1};
    for (int l : std_len) u8(l);
    str("/src");                  // include_directories[1]
    u8(0);
    str("a.go"); u8(1); u8(0); u8(0);   // file 1: /src/a.go
    str("/abs/b.go"); u8(0); u8(0); u8(0);   // file 2: absolute
    u8(0);
    uint32_t hl = (uint32_t)(body.size() - hdr_start);
    memcpy(&body[hl_at], &hl, 4);
    // sequence 1 at 0x2000: line 10 (special: line+5 → advance_line first)
    addr(0x2000);
    u8(3); u8(9);                 // advance_line +9 → 10
    u8(1);                        // copy: 0x2000 line 10
    u8(13 + (5 - (-5)) + 14 * 4); // special: addr += 4, line += 5 → 0x2004 line 15
    u8(3); u8(0x7d);              // advance_line -3 → 12
    u8(8);                        // const_add_pc: addr += (255-13)/14 = 17 → 0x2015
    u8(1);                        // copy: 0x2015 line 12
    u8(4); u8(2);                 // set_file 2
    u8(9); u16(0x10);             // fixed_advance_pc 16 → 0x2025
    u8(1);                        // 0x2025 line 12 in b.go
    u8(3); u8(1);                 // line 13
    u8(1);                        // same address again: this row counts
    u8(2); u8(0x0b);              // advance_pc 11 → 0x2030
    u8(0); u8(1); u8(1);          // end_sequence at 0x2030
    // sequence 2 at 0x1000
    addr(0x1000);
    u8(3); u8(0xe3); u8(0x00);    // advance_line +99 (two bytes: 0x63 alone is negative) → 100
    u8(1);
    u8(2); u8(8);                 // → 0x1008
    u8(0); u8(1); u8(1);          // end_sequence
    std::string sec;
    uint32_t len = (uint32_t)body.size();
    sec.append((const char *)&len, 4);
    sec += body;

    GortLines t;
    gort_dwarf_lines((const uint8_t *)sec.data(), sec.size(), 0, &t);
    struct { uint64_t pc; const char *file; int64_t line; } want[] = {
        {0x1000, "/src/a.go", 100}, {0x1007, "/src/a.go", 100},
        {0x2000, "/src/a.go", 10},  {0x2003, "/src/a.go", 10},
        {0x2004, "/src/a.go", 15},  {0x2014, "/src/a.go", 15},
        {0x2015, "/src/a.go", 12},  {0x2025, "/abs/b.go", 13},
        {0x202f, "/abs/b.go", 13},
    };
    for (auto &w : want) {
        const char *file;
        int64_t line;
        ASSERT_TRUE(gort_lines_lookup(&t, w.pc, &file, &line)) << std::hex << w.pc;
        EXPECT_STREQ(file, w.file) << std::hex << w.pc;
        EXPECT_EQ(line, w.line) << std::hex << w.pc;
    }
    const char *file;
    int64_t line;
    EXPECT_FALSE(gort_lines_lookup(&t, 0xfff, &file, &line));    // before everything
    EXPECT_FALSE(gort_lines_lookup(&t, 0x1008, &file, &line));   // after a sequence's end
    EXPECT_FALSE(gort_lines_lookup(&t, 0x2030, &file, &line));
}

}  // namespace
