// Entity resolution: unit mentions → canonical OrgRefs. This first version
// only spells out the jurisdiction; the gazetteer that learns full names
// from the text replaces it behind the same `buildUnitResolver` signature.
import type { Line } from './location';
import type { UnitResolver } from './stages';
import type { OrgRef } from './types';

const LIST_SEPARATORS = /[、，,；;]|(?:\s+and\s+)|和|及/;

export function buildUnitResolver(_lines: readonly Line[]): UnitResolver {
  const unit = (mention: string, jurisdiction: string): OrgRef => {
    const m = mention.replace(/\s+/g, '');
    const bare = m.replace(/^(市|县|区)/, '');
    return { name: m.startsWith(jurisdiction) ? m : jurisdiction + bare, mention: m };
  };
  return {
    unit,
    list: (text, jurisdiction) =>
      text
        .split(LIST_SEPARATORS)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => unit(s, jurisdiction)),
  };
}
