import { lazy, Suspense } from 'preact/compat';
import { useEffect } from 'preact/hooks';
import { route, href } from './router.js';
import { SearchBox } from './views/SearchBox.js';
import { Home } from './views/Home.js';
import { SearchResults } from './views/SearchResults.js';
import { DocumentPage } from './views/DocumentPage.js';

// Heavier views load on first use (Cytoscape only for the graphs, the XLSX writer only on export).
const Lineage = lazy(() => import('./views/Lineage.js').then((m) => m.Lineage));
const Matrix = lazy(() => import('./views/Matrix.js').then((m) => m.Matrix));
const Calendar = lazy(() => import('./views/Calendar.js').then((m) => m.Calendar));
const AgencyPage = lazy(() => import('./views/AgencyPage.js').then((m) => m.AgencyPage));
const Gaps = lazy(() => import('./views/Gaps.js').then((m) => m.Gaps));

const TITLES: Record<string, string> = {
  home: 'Tra cứu',
  'tim-kiem': 'Kết quả tìm kiếm',
  'van-ban': 'Văn bản',
  'pha-he': 'Phả hệ văn bản',
  'ma-tran': 'Ma trận trách nhiệm',
  lich: 'Lịch thời hạn',
  'co-quan': 'Cơ quan',
  'lo-hong': 'Lỗ hổng tuân thủ',
};

export function App() {
  const r = route.value;
  useEffect(() => {
    document.title = `${TITLES[r.view] ?? 'Tra cứu'}${r.key ? ` — ${r.key}` : ''} · Căn cứ pháp lý và trách nhiệm`;
  }, [r.view, r.key]);
  let body;
  switch (r.view) {
    case 'tim-kiem':
      body = <SearchResults q={r.params.get('q') ?? ''} />;
      break;
    case 'van-ban':
      body = <DocumentPage key={r.key} docKey={r.key} />;
      break;
    case 'pha-he':
      body = <Lineage key={r.key} docKey={r.key} />;
      break;
    case 'ma-tran':
      body = <Matrix key={r.key} docKey={r.key} />;
      break;
    case 'lich':
      body = <Calendar />;
      break;
    case 'co-quan':
      body = <AgencyPage key={r.key} agencyKey={r.key} />;
      break;
    case 'lo-hong':
      body = <Gaps />;
      break;
    default:
      body = <Home />;
  }
  return (
    <>
      <a class="skip" href="#noi-dung" onClick={(e) => { e.preventDefault(); document.getElementById('noi-dung')?.focus(); }}>
        Bỏ qua đến nội dung chính
      </a>
      <header class="top">
        <a class="brand" href="#/">
          Căn cứ pháp lý <span>và trách nhiệm</span>
        </a>
        {r.view !== 'home' ? <SearchBox compact /> : <span class="spacer" />}
        <nav aria-label="Chức năng">
          <a href={href('lich')} aria-current={r.view === 'lich' ? 'page' : undefined}>Lịch thời hạn</a>
          <a href={href('lo-hong')} aria-current={r.view === 'lo-hong' ? 'page' : undefined}>Lỗ hổng</a>
          <a href="/graphql" title="Truy vấn GraphQL (dành cho kỹ thuật viên)">GraphiQL</a>
        </nav>
      </header>
      <main id="noi-dung" tabIndex={-1}>
        <Suspense fallback={<p class="muted" role="status">Đang tải…</p>}>{body}</Suspense>
      </main>
    </>
  );
}
