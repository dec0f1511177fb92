// The syntax scanner over buffer text: character and syntax lookup with `syntax-table` properties, quoting, and
// forward comment skipping (GNU: syntax.c's gl_state with UPDATE_SYNTAX_TABLE*, char_quoted, forw_comment).
import { E, findSymbolValue } from "../env.js";
import { Cons, LispObject, NIL } from "../lisp.js";
import { CharTable, charTableGet } from "../chartab.js";
import { Buffer, curBuf } from "../buffer.js";
import { GapBuffer } from "../text/gap-buffer.js";
import {
  bufferSyntaxTable, comendFirst, comendSecond, commentStyle, comstartFirst, comstartSecond, descriptorFlags,
  isSyntaxTable, nestedFlag, S, ST_COMMENT_STYLE, syntaxPropertyAt, Vcomment_end_can_be_escaped,
  Vparse_sexp_lookup_properties,
} from "../syntax.js";

/**
 * One scan over the current buffer's accessible portion. Positions are buffer positions (BEGV..ZV). The
 * class-with-flags of a character is looked up for the position it sits at, so `syntax-table` properties
 * apply exactly to the characters they cover when `parse-sexp-lookup-properties` is set.
 */
export class Scanner {
  b!: Buffer;
  begv = 0;
  zv = 0;
  table!: CharTable;
  commentEndCanBeEscaped = false;
  private gb!: GapBuffer;
  private unibyte = false;
  /** Whether `syntax-table` properties must be consulted. */
  private props = false;
  /** Class-with-flags of the ASCII characters in `table`, -1 until looked up (refilled for every scan). */
  private readonly asc = new Int32Array(128);
  // The run of text [propStart, propEnd) over which the `syntax-table` property is propVal.
  private propStart = 0;
  private propEnd = 0;
  private propVal: LispObject = NIL;

  // Outputs of forwComment (GNU's charpos_ptr, incomment_ptr, last_syntax_ptr).
  outPos = 0;
  outIncomment = 0;
  outLastSyntax = 0;

  /** Prepares a scan of B's accessible portion with its current syntax table and settings. */
  reset(b: Buffer): this {
    this.b = b;
    this.begv = b.begv;
    this.zv = b.zv;
    this.table = bufferSyntaxTable(b);
    this.gb = b.text.gb;
    this.unibyte = !b.multibyte;
    this.props = b.text.intervals !== null && findSymbolValue(Vparse_sexp_lookup_properties) !== NIL;
    this.commentEndCanBeEscaped = findSymbolValue(Vcomment_end_can_be_escaped) !== NIL;
    this.asc.fill(-1);
    this.propStart = this.propEnd = 0;
    this.propVal = NIL;
    return this;
  }

  /** The character at POS (GNU: FETCH_CHAR_AS_MULTIBYTE: bytes of a unibyte buffer become raw-byte chars). */
  char(pos: number): number {
    const c = this.gb.charAt(pos - 1);
    return c >= 0x80 && this.unibyte ? c + 0x3fff00 : c;
  }

  /** Class and flags of character C sitting at POS (GNU: SYNTAX_WITH_FLAGS under gl_state). */
  flags(c: number, pos: number): number {
    if (this.props) return this.propFlags(c, pos);
    if (c < 128) {
      let v = this.asc[c];
      if (v < 0) v = this.asc[c] = descriptorFlags(charTableGet(this.table, c));
      return v;
    }
    return descriptorFlags(charTableGet(this.table, c));
  }
  /** Class of character C sitting at POS (GNU: SYNTAX). */
  code(c: number, pos: number): number { return this.flags(c, pos) & 0xff; }
  /** Class and flags of the character at POS. */
  flagsAt(pos: number): number { return this.flags(this.char(pos), pos); }
  codeAt(pos: number): number { return this.flags(this.char(pos), pos) & 0xff; }

  private propFlags(c: number, pos: number): number {
    if (pos < this.propStart || pos >= this.propEnd) this.loadProp(pos);
    const p = this.propVal;
    if (p !== NIL) {
      if (isSyntaxTable(p)) return descriptorFlags(charTableGet(p, c));
      if (p instanceof Cons) return descriptorFlags(p);
    }
    if (c < 128) {
      let v = this.asc[c];
      if (v < 0) v = this.asc[c] = descriptorFlags(charTableGet(this.table, c));
      return v;
    }
    return descriptorFlags(charTableGet(this.table, c));
  }
  private loadProp(pos: number): void {
    const t = this.b.text.intervals;
    if (t === null || pos < 1 || pos >= this.b.z) { this.propStart = pos; this.propEnd = pos + 1; this.propVal = NIL; return; }
    const i = t.find(pos - 1);
    this.propStart = t.start(i) + 1;
    this.propEnd = t.end(i) + 1;
    this.propVal = syntaxPropertyAt(this.b, pos);
  }

  /** Whether the character at POS is quoted by an odd number of escape/char-quote characters (GNU: char_quoted). */
  charQuoted(pos: number): boolean {
    let quoted = false;
    while (pos > this.begv) {
      pos--;
      const code = this.codeAt(pos);
      if (code !== S.Charquote && code !== S.Escape) break;
      quoted = !quoted;
    }
    return quoted;
  }

  /**
   * Skips forward over the body of a comment starting at FROM, not passing STOP (GNU: forw_comment). NESTING > 0
   * is the depth of a nestable comment; STYLE its style (or ST_COMMENT_STYLE); PREV_SYNTAX the flags of the
   * character before FROM when the scan may start in the middle of a two-character ender (else 0). On success
   * returns true with `outPos` at the last character of the comment ender; on failure returns false with
   * `outPos` = STOP, `outIncomment` the nesting, and `outLastSyntax` the flags of a last character that may
   * start a two-character construct (else S.Max).
   */
  forwComment(from: number, stop: number, nesting: number, style: number, prevSyntax: number): boolean {
    const cebe = this.commentEndCanBeEscaped;
    if (nesting <= 0) nesting = -1;
    let syntax = prevSyntax;
    let code = syntax & 0xff;
    // Enter in the middle so that a two-character ender straddling FROM is found.
    let middle = syntax !== 0 && from < stop;
    for (;;) {
      if (!middle) {
        if (from === stop) {
          this.outIncomment = nesting;
          this.outPos = from;
          this.outLastSyntax = code === S.Escape || code === S.Charquote || comendFirst(syntax)
            || (nesting > 0 && comstartFirst(syntax)) ? syntax : S.Max;
          return false;
        }
        const c = this.char(from);
        syntax = this.flags(c, from);
        code = syntax & 0xff;
        if (code === S.Endcomment && commentStyle(syntax, 0) === style
          && (nestedFlag(syntax) ? nesting > 0 && --nesting === 0 : nesting < 0)
          && !(cebe && this.charQuoted(from))) break;
        if (code === S.CommentFence && style === ST_COMMENT_STYLE) break;
        if (nesting > 0 && code === S.Comment && nestedFlag(syntax) && commentStyle(syntax, 0) === style) nesting++;
        if (cebe && (code === S.Escape || code === S.Charquote)) {
          from++;
          if (from === stop) continue;
        }
        from++;
      }
      middle = false;
      if (from < stop && comendFirst(syntax)) {
        const other = this.flagsAt(from);
        if (comendSecond(other) && commentStyle(syntax, other) === style
          && ((nestedFlag(syntax) || nestedFlag(other)) ? nesting > 0 : nesting < 0)) {
          // The ender's syntax is used up: "|#" must not leave "#" as a possible first character.
          syntax = S.Max;
          if (--nesting <= 0) break;
          from++;
        }
      }
      if (nesting > 0 && from < stop && comstartFirst(syntax)) {
        const other = this.flagsAt(from);
        if (commentStyle(other, syntax) === style && comstartSecond(other) && (nestedFlag(syntax) || nestedFlag(other))) {
          syntax = S.Max; // "#|#" is not also an ender
          from++;
          nesting++;
        }
      }
    }
    this.outPos = from;
    this.outLastSyntax = S.Max;
    return true;
  }
}

/**
 * A scanner over buffer B (default: the current buffer), reused from a per-world pool: scans are frequent and
 * short, and a scan may re-enter (Lisp called from a scan scans too). Return it with `releaseScanner`; one
 * lost to a non-local exit is simply garbage.
 */
export function acquireScanner(b: Buffer = curBuf()): Scanner {
  const pool = (E.ext.syntaxScanners ??= []) as Scanner[];
  const sc = pool.length > 0 ? pool.pop()! : new Scanner();
  return sc.reset(b);
}
export function releaseScanner(sc: Scanner): void {
  const pool = E.ext.syntaxScanners as Scanner[];
  if (pool.length < 8) pool.push(sc);
}
