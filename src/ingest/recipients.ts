/**
 * "Nơi nhận" (distribution list): one recipient per line, or per ";"-separated part of a line.
 * Purpose from the parenthesis: "(báo cáo)", "(b/c)", "(để b/c)" → REPORT; "(để t/h)", "(t/h)" →
 * IMPLEMENT; "(để biết)" → INFORM; "Lưu …" → ARCHIVE; otherwise null. agencyKey when the part names
 * exactly one body (not a group). The key is deterministic (slug of the canonical name): it reaches the
 * body's node when the graph has it, even if this document names the body only here.
 */
import type { Agency, Recipient } from './model.js';
import type { DocContext, SourceLine } from './context.js';
import { splitAgencyList } from './agencies.js';
import { collapseSpaces, fold } from './text.js';

type Purpose = Recipient['purpose'];

function purposeOf(paren: string): Purpose {
  const f = collapseSpaces(fold(paren));
  if (/\b(bao cao|b\/c|bc)\b/.test(f)) return 'REPORT';
  if (/\b(thuc hien|t\/h|th)\b/.test(f)) return 'IMPLEMENT';
  if (/\b(biet|p\/h|phoi hop|theo doi|chi dao|t\/d)\b/.test(f)) return 'INFORM';
  return null;
}

export function extractRecipients(lines: SourceLine[], ctx: DocContext | null): { recipients: Recipient[]; agencies: Agency[] } {
  const recipients: Recipient[] = [];
  const agencies: Agency[] = [];
  for (const l of lines) {
    // two-column layouts put the signature in a second cell: keep the first
    let t = l.text.replace(/\*+/g, '').split(/\s\|\s?|\s?\|\s/u)[0]!.trim();
    t = t.replace(/^nơi nhận\s*:?\s*/iu, '');
    t = t.replace(/^[-+•·]\s*/u, '').replace(/[\s;.,]+$/u, '').replace(/\.\/\.$/u, '').trim();
    if (!t) continue;
    // a purpose written once at the end of the line applies to all its parts
    let linePurpose: Purpose = null;
    const pm = /\(([^()]*)\)\s*$/u.exec(t);
    if (pm) {
      linePurpose = purposeOf(pm[1]!);
      if (linePurpose) t = t.slice(0, pm.index).trim();
    }
    const archive = /^lưu(?![\p{L}])/iu.test(t);
    const parts = t.split(/\s*;\s*/u).filter(Boolean);
    for (const [k, raw] of parts.entries()) {
      let name = raw.trim();
      let purpose: Purpose = linePurpose;
      const own = /\(([^()]*)\)\s*$/u.exec(name);
      if (own) {
        const pp = purposeOf(own[1]!);
        if (pp) {
          purpose = pp;
          name = name.slice(0, own.index).trim();
        }
      }
      if (archive) purpose = 'ARCHIVE';
      let agencyKey: string | null = null;
      const isArchiveSlot = archive && k === 0; // "Lưu: VT" is a filing slot, not a body
      if (!isArchiveSlot) {
        const found = splitAgencyList(name, ctx);
        // one body, not a group ("Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố")
        if (found.length === 1 && !found[0]!.group) {
          agencyKey = found[0]!.key;
          agencies.push(found[0]!);
        }
      }
      recipients.push({ line: l.n, lineEnd: l.n, name, agencyKey, purpose });
    }
  }
  return { recipients, agencies };
}
