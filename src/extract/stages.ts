// The contracts between pipeline stages. pipeline.ts composes the stages;
// each stage lives in its own module and depends only on these shapes.
import type { Line, Paragraph } from './location';
import type { DocumentFacts, ExtractedDocument, GazetteInfo, OrgRef, Warning } from './types';

/** Output of decode: text plus what encoding it was read as. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/** Output of normalise: cleaned physical lines, original numbering kept. */
export interface Normalised {
  lines: Line[];
  /** Numbers of lines that began with whitespace in the input (page starts in some conversions). */
  indented?: number[];
}

/** Document metadata found by the segmenter (everything but the facts). */
export type DocumentMeta = Omit<ExtractedDocument, keyof DocumentFacts | 'body'>;

/** One document printed in full, with its body, ready for genre parsers. */
export interface DocumentSegment {
  meta: DocumentMeta;
  /** Jurisdiction the document speaks for (银川市, 贺兰县, 银川市西夏区 …). */
  jurisdiction: string;
  /** Body lines, from the title to the end of the document (attachments included). */
  lines: Line[];
  /** The same body as logical paragraphs (PDF line breaks re-joined). */
  paragraphs: Paragraph[];
}

export interface Segmented {
  gazette: GazetteInfo | null;
  jurisdiction: string | null;
  documents: DocumentSegment[];
  /** What the segmenter noticed (a contents entry not printed, a missing date …). */
  warnings?: Warning[];
}

/** Turns unit mentions into canonical OrgRefs; learns full names from the text. */
export interface UnitResolver {
  /** Splits a list as written (、，,和 及 …) and resolves each item. */
  list(text: string, jurisdiction: string): OrgRef[];
  /** Resolves one mention. */
  unit(mention: string, jurisdiction: string): OrgRef;
}

export interface ParseContext {
  units: UnitResolver;
  warn(w: Warning): void;
}

/** One genre parser (tasks, appointments …): registered in parse/index.ts. */
export interface GenreParser {
  name: string;
  parse(doc: DocumentSegment, ctx: ParseContext): Partial<DocumentFacts>;
}
