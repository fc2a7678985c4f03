// Stage 1, decode: bytes → text. UTF-8 (with or without BOM), UTF-16 LE/BE
// with BOM and GB18030/GBK all give the same text; binary or undecodable
// input is refused with a typed error. Line endings become \n without
// changing the line count (CRLF → LF, lone CR → LF).
import type { Decoded } from './stages';

/** Input that is not text in any supported encoding. */
export class UndecodableInputError extends Error {
  readonly hint = 'give a text file in UTF-8, UTF-16 (with BOM) or GB18030/GBK';
  constructor(readonly reason: string) {
    super(`not a text file: ${reason}`);
    this.name = 'UndecodableInputError';
  }
}

/** Share of U+FFFD (or C0 control characters) above which a text is refused. */
const MAX_BAD_SHARE = 0.01;

export function decode(input: Uint8Array): Decoded {
  const bom = byBom(input);
  const decoded = bom ?? byTrial(input);
  return { text: normaliseEndings(decoded.text), encoding: decoded.encoding };
}

function byBom(b: Uint8Array): Decoded | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return strict(b.subarray(3), 'utf-8');
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return strict(b.subarray(2), 'utf-16le');
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return strict(b.subarray(2), 'utf-16be');
  return null;
}

function byTrial(b: Uint8Array): Decoded {
  if (b.indexOf(0) >= 0) throw new UndecodableInputError('it contains NUL bytes (binary data or UTF-16 without a BOM)');
  const utf8 = tryDecode(b, 'utf-8');
  if (utf8 !== null) return checked(utf8, 'utf-8');
  const gb = tryDecode(b, 'gb18030');
  if (gb !== null) return checked(gb, 'gb18030');
  // UTF-8 with a few damaged bytes (a truncated last character, say) is still
  // read; `checked` refuses it when replacement characters are too many.
  const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(b);
  if (replacementShare(lenient) <= MAX_BAD_SHARE) return checked(lenient, 'utf-8');
  throw new UndecodableInputError('it is neither valid UTF-8 nor valid GB18030');
}

function strict(b: Uint8Array, encoding: Decoded['encoding']): Decoded {
  const text = tryDecode(b, encoding);
  if (text === null) throw new UndecodableInputError(`its byte-order mark says ${encoding} but the bytes are not valid ${encoding}`);
  return checked(text, encoding);
}

function tryDecode(b: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    return null;
  }
}

function checked(text: string, encoding: Decoded['encoding']): Decoded {
  if (text.includes('\u0000')) throw new UndecodableInputError('it contains NUL characters');
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) bad++;
  }
  if (bad > 8 && bad > text.length * MAX_BAD_SHARE) {
    throw new UndecodableInputError(`${bad} replacement or control characters in ${text.length}`);
  }
  return { text, encoding };
}

function replacementShare(text: string): number {
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++;
  return text.length ? bad / text.length : 1;
}

/** CRLF and lone CR → LF: every original line keeps its number. */
export function normaliseEndings(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}
