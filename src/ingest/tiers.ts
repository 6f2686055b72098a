/**
 * The tier words of Vietnamese administrative units — one table for every phase.
 * (Before 2025-07-01: tỉnh / thành phố trực thuộc TW → huyện, quận, thị xã, thành phố thuộc tỉnh →
 * xã, phường, thị trấn; since then two tiers: tỉnh → xã/phường.)
 */
import type { AdministrativeUnit, Level } from './model.js';
import { fold } from './text.js';

export interface Tier {
  /** canonical lower-case kind word: "thị xã" */
  word: string;
  kind: AdministrativeUnit['kind'];
  level: Level;
}

const TABLE: Tier[] = [
  { word: 'tỉnh', kind: 'PROVINCE', level: 'PROVINCE' },
  { word: 'thành phố', kind: 'CITY', level: 'DISTRICT' },
  { word: 'thị xã', kind: 'TOWN', level: 'DISTRICT' },
  { word: 'huyện', kind: 'DISTRICT', level: 'DISTRICT' },
  { word: 'quận', kind: 'DISTRICT', level: 'DISTRICT' },
  { word: 'thị trấn', kind: 'TOWNSHIP', level: 'COMMUNE' },
  // the island special zones that replaced island districts on 2025-07-01 (Phú Quý, Côn Đảo, …)
  { word: 'đặc khu', kind: 'COMMUNE', level: 'COMMUNE' },
  { word: 'xã', kind: 'COMMUNE', level: 'COMMUNE' },
  { word: 'phường', kind: 'WARD', level: 'COMMUNE' },
];

/** Abbreviations analysts write for some tier words. */
const ABBREVIATIONS: Record<string, string> = { tp: 'thành phố', tx: 'thị xã' };

/** Keyed by the Vietnamese lower-case word (and abbreviations): "thị xã", "tx". */
export const TIERS_BY_WORD: Record<string, Tier> = Object.fromEntries([
  ...TABLE.map((t) => [t.word, t] as const),
  ...Object.entries(ABBREVIATIONS).map(([abbr, word]) => [abbr, TABLE.find((t) => t.word === word)!] as const),
]);

/** Keyed by the folded word (no diacritics): "thi xa". */
export const TIERS_BY_FOLDED: Record<string, Tier> = Object.fromEntries(TABLE.map((t) => [fold(t.word), t] as const));
