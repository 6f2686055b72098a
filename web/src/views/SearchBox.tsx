/**
 * The search field with suggestions as you type (WAI-ARIA combobox: arrows move, Enter opens,
 * Escape closes). Enter with no suggestion chosen opens the full result list.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { navigate, href, route } from '../router.js';
import { searchHits, type Hit } from '../search.js';
import { HitLine, hitHref } from './HitLine.js';

export function SearchBox({ compact = false }: { compact?: boolean }) {
  const [text, setText] = useState(route.value.view === 'tim-kiem' ? (route.value.params.get('q') ?? '') : '');
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const abort = useRef<AbortController | null>(null);
  const id = compact ? 'goi-y-dau-trang' : 'goi-y';

  useEffect(() => {
    const t = text.trim();
    abort.current?.abort();
    if (t.length < 2) {
      setHits([]);
      setStatus('');
      return;
    }
    const ac = new AbortController();
    abort.current = ac;
    const timer = setTimeout(() => {
      searchHits(t, 8, ac.signal)
        .then((h) => {
          setHits(h);
          setActive(-1);
          setStatus(h.length ? `${h.length} gợi ý` : 'Không có gợi ý');
        })
        .catch((e) => {
          if ((e as Error).name !== 'AbortError') setStatus((e as Error).message);
        });
    }, 200);
    return () => {
      clearTimeout(timer);
      ac.abort();
    };
  }, [text]);

  const go = (url: string) => {
    setOpen(false);
    navigate(url);
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, -1));
    } else if (e.key === 'Escape') {
      setOpen(false);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const h = open && active >= 0 ? hits[active] : undefined;
      if (h) go(hitHref(h));
      else if (text.trim()) go(href('tim-kiem', '', { q: text.trim() }));
    }
  };

  const expanded = open && hits.length > 0;
  return (
    <div class={`searchbox${compact ? ' compact' : ''}`} role="search">
      <label for={`${id}-input`} class={compact ? 'visually-hidden' : 'search-label'}>
        Tìm văn bản, cơ quan, nhiệm vụ (gõ có dấu hoặc không dấu)
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        placeholder="ví dụ: chi thi 07, cong an thi xa Bim Son"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-${active}` : undefined}
        value={text}
        onInput={(e) => {
          setText((e.target as HTMLInputElement).value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Gợi ý" class="suggestions" hidden={!expanded}>
        {hits.map((h, i) => (
          <li
            id={`${id}-${i}`}
            key={h.kind + h.key}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'active' : ''}
            onMouseDown={(e) => {
              e.preventDefault();
              go(hitHref(h));
            }}
          >
            <HitLine h={h} />
          </li>
        ))}
      </ul>
      <span class="visually-hidden" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
