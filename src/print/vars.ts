// The printer's user variables (GNU: print.c syms_of_print DEFVARs), in their own module so that every
// part of the printer can read them without import cycles.
import { defvar } from "../defun.js";
import { defsym, NIL, T } from "../lisp.js";

export const Vstandard_output = defvar("standard-output", T, `Output stream \`print' uses by default for outputting a character.
This may be any function of one argument.
It may also be a buffer (output is inserted before point)
or a marker (output is inserted and the marker is advanced)
or the symbol t (output appears in the echo area).`);

export const Vfloat_output_format = defvar("float-output-format", NIL, `The format descriptor string used to print floats.
This is a %-spec like those accepted by \`printf' in C,
but with some restrictions.  It must start with the two characters \`%.'.
After that comes an integer precision specification,
and then a letter which controls the format.
The letters allowed are \`e', \`f' and \`g'.
Use \`e' for exponential notation "DIG.DIGITSeEXPT"
Use \`f' for decimal point notation "DIGITS.DIGITS".
Use \`g' to choose the shorter of those two formats for the number at hand.
The precision in any of these cases is the number of digits following
the decimal point.  With \`f', a precision of 0 means to omit the
decimal point.  0 is not allowed with \`e' or \`g'.

A value of nil means to use the shortest notation
that represents the number without losing information.`);

export const Vprint_integers_as_characters = defvar("print-integers-as-characters", NIL, `Non-nil means integers are printed using characters syntax.
Only independent graphic characters, and control characters with named
escape sequences such as newline, are printed this way.  Other
integers, including those corresponding to raw bytes, are printed
as numbers the usual way.`);

export const Vprint_length = defvar("print-length", NIL, `Maximum length of list to print before abbreviating.
A value of nil means no limit.  See also \`eval-expression-print-length'.`);

export const Vprint_level = defvar("print-level", NIL, `Maximum depth of list nesting to print before abbreviating.
A value of nil means no limit.  See also \`eval-expression-print-level'.`);

export const Vprint_escape_newlines = defvar("print-escape-newlines", NIL, `Non-nil means print newlines in strings as \`\\n'.
Also print formfeeds as \`\\f'.`);

export const Vprint_escape_control_characters = defvar("print-escape-control-characters", NIL, `Non-nil means print control characters in strings as \`\\OOO'.
(OOO is the octal representation of the character code.)`);

export const Vprint_escape_nonascii = defvar("print-escape-nonascii", NIL, `Non-nil means print unibyte non-ASCII chars in strings as \\OOO.
(OOO is the octal representation of the character code.)
Only single-byte characters are affected, and only in \`prin1'.
When the output goes in a multibyte buffer, this feature is
enabled regardless of the value of the variable.`);

export const Vprint_escape_multibyte = defvar("print-escape-multibyte", NIL, `Non-nil means print multibyte characters in strings as \\xXXXX.
(XXXX is the hex representation of the character code.)
This affects only \`prin1'.`);

export const Vprint_quoted = defvar("print-quoted", T, `Non-nil means print quoted forms with reader syntax.
I.e., (quote foo) prints as \\='foo, (function foo) as #\\='foo.`);

export const Vprint_gensym = defvar("print-gensym", NIL, `Non-nil means print uninterned symbols so they will read as uninterned.
I.e., the value of (make-symbol "foobar") prints as #:foobar.
When the uninterned symbol appears multiple times within the printed
expression, and \`print-circle' is non-nil, in addition use the #N#
and #N= constructs as needed, so that multiple references to the same
symbol are shared once again when the text is read back.`);

export const Vprint_circle = defvar("print-circle", NIL, `Non-nil means print recursive structures using #N= and #N# syntax.
If nil, printing proceeds recursively and may lead to
\`max-lisp-eval-depth' being exceeded or an error may occur:
"Apparently circular structure being printed."  Also see
\`print-length' and \`print-level'.
If non-nil, shared substructures anywhere in the structure are printed
with \`#N=' before the first occurrence (in the order of the print
representation) and \`#N#' in place of each subsequent occurrence,
where N is a positive decimal integer.`);

export const Vprint_continuous_numbering = defvar("print-continuous-numbering", NIL, `Non-nil means number continuously across print calls.
This affects the numbers printed for #N= labels and #M# references.
See also \`print-circle', \`print-gensym', and \`print-number-table'.
This variable should not be set with \`setq'; bind it with a \`let' instead.`);

export const Vprint_number_table = defvar("print-number-table", NIL, `A vector used internally to produce \`#N=' labels and \`#N#' references.
The Lisp printer uses this vector to detect Lisp objects referenced more
than once.

When you bind \`print-continuous-numbering' to t, you should probably
also bind \`print-number-table' to nil.  This ensures that the value of
\`print-number-table' can be garbage-collected once the printing is
done.  If all elements of \`print-number-table' are nil, it means that
the printing done so far has not found any shared structure or objects
that need to be recorded in the table.`);

export const Vprint_charset_text_property = defvar("print-charset-text-property", defsym("default"), `A flag to control printing of \`charset' text property on printing a string.
The value should be nil, t, or \`default'.

If the value is nil, don't print the text property \`charset'.

If the value is t, always print the text property \`charset'.

If the value is \`default', print the text property \`charset' only when
the value is different from what is guessed in the current charset
priorities.  Values other than nil or t are also treated as
\`default'.`);
