export function Gaps(_: Record<string, unknown>) {
  return <p>Đang xây dựng.</p>;
}
