export function Matrix(_: Record<string, unknown>) {
  return <p>Đang xây dựng.</p>;
}
