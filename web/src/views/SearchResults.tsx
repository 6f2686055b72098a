import { useEffect, useState } from 'preact/hooks';
import { searchHits, type Hit } from '../search.js';
import { HitLine, hitHref } from './HitLine.js';
import { HIT_KIND } from '../labels.js';

export function SearchResults({ q }: { q: string }) {
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setHits(null);
    setError('');
    if (!q.trim()) return;
    const ac = new AbortController();
    searchHits(q, 40, ac.signal).then(setHits, (e) => (e as Error).name !== 'AbortError' && setError((e as Error).message));
    return () => ac.abort();
  }, [q]);
  return (
    <section>
      <h1>Kết quả tìm kiếm: “{q}”</h1>
      {error && <p class="error" role="alert">{error}</p>}
      {!hits && !error && <p class="muted" role="status">Đang tìm…</p>}
      {hits && !hits.length && <p>Không tìm thấy kết quả nào.</p>}
      {hits &&
        (['DOCUMENT', 'AGENCY', 'DUTY'] as const).map((k) => {
          const group = hits.filter((h) => h.kind === k);
          if (!group.length) return null;
          return (
            <section key={k}>
              <h2>
                {HIT_KIND[k]} ({group.length})
              </h2>
              <ul class="results">
                {group.map((h) => (
                  <li key={h.key}>
                    <a href={hitHref(h)}>
                      <HitLine h={h} />
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </section>
  );
}
