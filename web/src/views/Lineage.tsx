export function Lineage(_: Record<string, unknown>) {
  return <p>Đang xây dựng.</p>;
}
