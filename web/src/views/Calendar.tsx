export function Calendar(_: Record<string, unknown>) {
  return <p>Đang xây dựng.</p>;
}
