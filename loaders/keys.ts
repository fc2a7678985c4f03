// Node keys, computed from the extraction only (never from load order).
// One home for the key rules described in cypher/README.md.

/** Spaces and punctuation (ASCII and CJK) removed, as score.mjs compares titles. */
export function compactTitle(title: string): string {
  return title.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Document key: the number, or `title:` + the compacted title. Null when neither is usable. */
export function documentKey(docNumber: string | null | undefined, title: string | null | undefined): string | null {
  const number = docNumber?.replace(/\s+/g, '');
  if (number) return number;
  const compact = title ? compactTitle(title) : '';
  return compact ? `title:${compact}` : null;
}

export function gazetteKey(name: string | null, year: number | null, issue: number | null): string {
  return `${name ?? ''}|${year ?? ''}|${issue ?? ''}`;
}

export function personKey(jurisdiction: string | null, name: string): string {
  return `${jurisdiction ?? ''}|${name}`;
}

export function aliasKey(jurisdiction: string | null, mention: string): string {
  return `${jurisdiction ?? ''}|${mention}`;
}

export function areaKey(jurisdiction: string | null, area: string): string {
  return `${jurisdiction ?? ''}|${area}`;
}

/** A post belongs to its organization when the text names one, else to the jurisdiction. */
export function postKey(organization: string | null, jurisdiction: string | null, title: string): string {
  return `${organization ?? jurisdiction ?? ''}|${title}`;
}

export function taskKey(source: string, document: string, ordinal: number): string {
  return `${source}|${document}|${ordinal}`;
}

export function programmeKey(source: string, document: string, name: string): string {
  return `${source}|${document}|${name}`;
}

// Jurisdiction of an organization, from its name alone: a province-level
// region, city, county or banner, then optionally a two-character district
// (银川市西夏区). A pure function of the name so no load order can change it.
const JURISDICTION = /^(?:中共)?([\p{Script=Han}]{2,6}?(?:自治区|省|市|县|旗)(?:[\p{Script=Han}]{2}区)?)/u;

export function jurisdictionOfName(name: string): string | null {
  const m = JURISDICTION.exec(name);
  return m ? m[1]! : null;
}
