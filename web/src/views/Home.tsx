import { useQuery } from '../useQuery.js';
import { href } from '../router.js';
import { DOC_FIELDS, type DocInfo } from '../search.js';
import { docName, label, LEVEL } from '../labels.js';
import { SearchBox } from './SearchBox.js';
import { DocBadges } from './HitLine.js';

const LOADED = `query Loaded { documents(where: { stub: { eq: false } }, sort: [{ issuedOn: DESC }], limit: 100) { ${DOC_FIELDS} } }`;

export function Home() {
  const q = useQuery<{ documents: DocInfo[] }>(LOADED);
  return (
    <section class="home">
      <h1>Tra cứu căn cứ pháp lý và trách nhiệm</h1>
      <p class="lead">
        Tìm một văn bản, cơ quan hay nhiệm vụ; xem văn bản nào thực hiện văn bản nào ở mọi cấp, cơ quan nào chủ trì, phối hợp việc gì, đến hạn khi nào — mỗi dữ kiện đều dẫn về đúng
        đoạn văn bản gốc.
      </p>
      <SearchBox />
      <p class="examples">
        Ví dụ: <a href={href('tim-kiem', '', { q: 'chi thi 07' })}>chi thi 07</a> · <a href={href('tim-kiem', '', { q: 'cong an thi xa Bim Son' })}>cong an thi xa Bim Son</a> ·{' '}
        <a href={href('lich', '', { 'don-vi': 'Đông Triều', tu: '2024-10', den: '2024-12' })}>lịch thời hạn của Đông Triều</a> · <a href={href('lo-hong')}>lỗ hổng tuân thủ</a>
      </p>
      <h2>Văn bản đã có toàn văn</h2>
      {q.error && <p class="error" role="alert">{q.error}</p>}
      <ul class="results">
        {q.data?.documents.map((d) => (
          <li key={d.key}>
            <a href={href('van-ban', d.key)}>
              <strong>{docName(d)}</strong> <span class="hit-title">{d.title}</span>
              <span class="hit-meta">
                {d.issuer[0]?.name} · {label(LEVEL, d.level)} <DocBadges d={d} />
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
