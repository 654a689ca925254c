/* lexer.h — Go tokens from source bytes, with Go's automatic semicolon rule.
 *
 *   Lexer lx;
 *   lexer_init(&lx, file, src, len);
 *   while (lex_next(&lx) != TK_EOF) use(lx.tok, lx.pos, lx.lit);
 *
 * Errors in the input (bad literals, invalid characters, invalid UTF-8, NUL bytes ...) are
 * reported through diag_error in gc's words at gc's positions; the lexer always makes
 * progress, so a caller loop terminates on any input. */
#ifndef GOLC_LEXER_H
#define GOLC_LEXER_H

#include "ast.h"

typedef struct Lexer {
    /* input */
    int file;
    const char *src;
    size_t len;
    /* reading state: `ch` is the current rune (-1 at end), at byte offset ch_off */
    int ch;
    size_t ch_off, next_off;
    int line;         /* line of ch */
    size_t line_off;  /* byte offset where that line starts */
    bool ch_invalid;  /* ch is a NUL, invalid UTF-8 or misplaced BOM (already reported) */
    bool semi_ok;     /* the last token lets a newline or EOF become a semicolon */
    /* the current token, valid after lex_next */
    Tok tok;
    Pos pos;
    /* TK_IDENT: the name; literals: the exact source text; TK_SEMICOLON: "semicolon",
       "newline" or "EOF" (gc prints these in "unexpected ..." errors); else NULL */
    const char *lit;
    bool bad;         /* a literal with an error already reported */
    bool quiet;       /* report nothing (a copy used by the parser to look ahead) */
} Lexer;

void lexer_init(Lexer *lx, int file, const char *src, size_t len);
Tok lex_next(Lexer *lx);

/* Keyword lookup: the keyword token for `name`, or TK_IDENT. */
Tok lex_keyword(const char *name, size_t n);

/* Decodes the value of a string or rune literal's source text (quotes included; both
 * interpreted and raw forms). Returns a NUL-terminated heap buffer and its byte length in
 * *len (strings may contain NUL). For rune literals, *rune receives the code point.
 * The literal must already have been accepted by the lexer (no errors are reported). */
char *lit_unquote(const char *lit, size_t *len, int32_t *rune);

/* Appends the UTF-8 encoding of r (invalid code points become U+FFFD). */
void utf8_append(StrBuf *b, int32_t r);
/* Decodes one rune from s[0..n); returns its width (1 with *r = 0xFFFD for invalid input). */
int utf8_decode(const char *s, size_t n, int32_t *r);

#endif
