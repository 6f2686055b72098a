export function AgencyPage(_: Record<string, unknown>) {
  return <p>Đang xây dựng.</p>;
}
