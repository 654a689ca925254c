/* constant.h — Go constant values (types.h ConstVal): literals, exact arithmetic,
 * comparison, conversion between kinds and representability in a type.
 *
 * Values are immutable. Kinds order INT < FLOAT < COMPLEX for implicit promotion of
 * untyped operands (rune constants are CV_INT). Errors are not reported here: functions
 * return NULL or a status and the checker words the message. */
#ifndef GOLC_CONSTANT_H
#define GOLC_CONSTANT_H

#include "types.h"

ConstVal *cv_make_bool(bool b);
ConstVal *cv_make_string(const char *s, size_t len);
ConstVal *cv_make_int(BigInt *i);
ConstVal *cv_make_int64(int64_t v);
ConstVal *cv_make_float(BigRat *r);
ConstVal *cv_make_complex(BigRat *re, BigRat *im);

/* Value of a literal token (TK_INT/FLOAT/IMAG/CHAR/STRING, raw source text); NULL if the
 * text is malformed (the lexer normally rejected it already). */
ConstVal *cv_from_literal(Tok kind, const char *lit);

/* Converts to kind k (int→float→complex always; float→int only if integral, complex→float
 * only if the imaginary part is 0); NULL if not exact. */
ConstVal *cv_to_kind(ConstVal *c, ConstKind k);

/* Arithmetic on two values of the same kind (callers promote with cv_to_kind first).
 * op: + - * / % & | ^ &^ (TK_*). int_div selects integer division for TK_QUO on CV_INT.
 * Returns NULL on division by zero. */
ConstVal *cv_binary(Tok op, ConstVal *x, ConstVal *y, bool int_div);
/* Unary + - ^ ! ; for ^ on a typed unsigned constant pass its size in bytes (else 0). */
ConstVal *cv_unary(Tok op, ConstVal *x, int unsigned_size);
ConstVal *cv_shift(Tok op, ConstVal *x, unsigned count); /* x is CV_INT */
bool cv_compare(Tok op, ConstVal *x, ConstVal *y);       /* same kind */

typedef enum { REPR_OK, REPR_OVERFLOWS, REPR_TRUNCATED, REPR_MISMATCH } ReprResult;
/* Can c be represented in basic type t (typed, by underlying)? On success *out (if not
 * NULL) receives the value converted/rounded to t's kind and precision. */
ReprResult cv_representable(ConstVal *c, Type *t, ConstVal **out);

/* As gc prints a constant in messages: 42, 1.5, 1e+100, "abc" (quoted, shortened), true,
 * (1 + 2i). */
char *cv_string(ConstVal *c);
bool cv_is_int_value(ConstVal *c); /* an integer, or float/complex with integral value */

#endif
